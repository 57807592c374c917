package org.passerelle.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseCard;
import org.passerelle.shared.Language;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.UiLanguage;
import org.passerelle.shared.ui.WrittenIn;
import org.springframework.modulith.NamedInterface;

/** The published courses, in the reader's language where a course has it, with search. */
@Route("catalog")
@PermitAll
@Menu(title = "menu.catalog", order = 5, icon = "vaadin:open-book")
@NamedInterface("pages")
public class CatalogView extends Main implements HasDynamicTitle {

    private final Catalog catalog;
    private final Language reader;
    private final Div cards = new Div();

    public CatalogView(Catalog catalog) {
        this.catalog = catalog;
        this.reader = UiLanguage.current(UI.getCurrent());
        addClassName("page");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setAriaLabel(getTranslation("catalog.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(28em, 100%)");
        search.setId(CatalogIds.CATALOG_SEARCH);
        search.addValueChangeListener(event -> show(event.getValue()));
        cards.setId(CatalogIds.CATALOG);
        cards.addClassName("course-cards");
        cards.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("catalog.title")), search, cards);
        show("");
    }

    private void show(String search) {
        cards.removeAll();
        List<CourseCard> found = catalog.published(search, reader);
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(search.isBlank() ? "catalog.empty" : "catalog.no-match"));
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        found.forEach(card -> cards.add(card(card)));
    }

    private Div card(CourseCard card) {
        Anchor title = new Anchor(PageAddresses.course(card.id()), card.title());
        title.getElement().setAttribute("router-link", true);
        H2 heading = new H2(title);
        Paragraph description = new Paragraph(card.description());
        // Course text keeps its own language and direction inside a page in another one.
        WrittenIn.language(heading, card.shownIn());
        WrittenIn.language(description, card.shownIn());
        Div box = new Div(heading);
        if (card.fallback()) {
            box.add(CourseFacts.fallbackNote(this, card));
        }
        box.add(description, new Span(CourseFacts.line(this, card)));
        box.addClassName("course-card");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
