package org.passerelle.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.passerelle.reporting.ItemFlag;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;

/** Questions one language or country answers very differently from the rest, with what that likely means. */
class ItemFlags extends Div {

    ItemFlags(List<ItemFlag> flags, boolean administrator) {
        setId("item-analysis");
        add(new H2(getTranslation("items.title")));
        Paragraph explain =
                new Paragraph(getTranslation(administrator ? "items.explain-all" : "items.explain-country"));
        explain.addClassName("hint");
        add(explain);
        if (flags.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("items.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Grid<ItemFlag> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(flag -> flag.questionText())
                .setHeader(getTranslation("items.question"))
                .setFlexGrow(3);
        grid.addColumn(flag -> flag.courseTitle() + " · " + flag.quizTitle())
                .setHeader(getTranslation("items.where"))
                .setFlexGrow(2);
        grid.addColumn(this::group).setHeader(getTranslation("items.group"));
        grid.addColumn(flag -> getTranslation(
                        "items.shares",
                        Numbers.share(flag.share(), getLocale()),
                        flag.answers(),
                        Numbers.share(flag.othersShare(), getLocale()),
                        Numbers.whole(flag.othersAnswers(), getLocale())))
                .setHeader(getTranslation("items.correct"))
                .setFlexGrow(2);
        grid.setItems(flags);
        grid.setAllRowsVisible(flags.size() <= 20);
        add(grid);
    }

    private String group(ItemFlag flag) {
        if ("COUNTRY".equals(flag.dimension())) {
            return Countries.name(flag.group(), getLocale());
        }
        return Language.ofCode(flag.group()).map(Language::nativeName).orElse(flag.group());
    }
}
