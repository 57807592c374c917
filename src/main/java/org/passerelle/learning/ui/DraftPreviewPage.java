package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.List;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.ui.edit.EditorLinks;
import org.passerelle.learning.DraftPreview;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.LanguageParameter;
import org.passerelle.shared.ui.UiLanguage;
import org.passerelle.shared.ui.WrittenIn;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the pages of "Preview as learner" share: a banner saying that learners do not see this yet, with the way
 * back to the editor and the languages to preview in ({@code ?lang=fr}, else the interface language); the
 * draft's problems instead of the page when it cannot be published; and "not found" for anyone who may not edit
 * the course. Links between steps stay inside the preview.
 */
abstract class DraftPreviewPage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle, StepLinks {

    protected final DraftPreview preview;
    protected String courseId;
    protected Language reader;
    private String title = "";

    DraftPreviewPage(DraftPreview preview) {
        this.preview = preview;
        addClassName("page");
    }

    /** The preview of this page's step. */
    abstract DraftPreview.Preview<T> load(BeforeEnterEvent event);

    /** Shows the step as a learner sees it (the banner is added above it afterwards); returns its title. */
    abstract String show(T page);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        reader = LanguageParameter.in(event.getLocation()).orElseGet(() -> UiLanguage.current(UI.getCurrent()));
        DraftPreview.Preview<T> found;
        try {
            found = load(event);
        } catch (AccessDeniedException | Refused e) {
            // Not an editor of this course, or no draft: the same answer as a course that does not exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (found.missing()) {
            event.forwardTo(CoursePreviewView.class, CourseLinks.ofCourse(courseId), LanguageParameter.of(reader));
            return;
        }
        String shown;
        if (found.problems().isEmpty()) {
            shown = show(found.page());
        } else {
            removeAll();
            add(problems(found.problems()));
            shown = "";
        }
        title = getTranslation("editor.preview.title", shown);
        addComponentAsFirst(banner(event.getLocation().getPath(), found.languages()));
    }

    private Div banner(String path, List<Language> languages) {
        Paragraph text = new Paragraph(getTranslation("editor.preview.banner"));
        text.getStyle().set("font-weight", "bold");
        Anchor back = new Anchor(EditorLinks.course(courseId), getTranslation("editor.preview.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId(LearningIds.PREVIEW_BACK);
        Div banner = new Div(text, back);
        banner.setId(LearningIds.PREVIEW_BANNER);
        banner.addClassNames("fallback-note", "preview-banner");
        banner.getElement().setAttribute("role", "note");
        if (languages.size() > 1) {
            Nav nav = new Nav(new Span(getTranslation("editor.preview.languages")));
            nav.setId("preview-languages");
            nav.getElement().setAttribute("aria-label", getTranslation("editor.preview.languages"));
            for (Language language : languages) {
                Anchor link = new Anchor(LanguageParameter.on(path, language), language.nativeName());
                link.getElement().setAttribute("router-link", true);
                WrittenIn.language(link, language);
                link.setId(LearningIds.previewLanguage(language));
                if (language == reader) {
                    link.getElement().setAttribute("aria-current", "true");
                    link.getStyle().set("font-weight", "bold");
                }
                nav.add(new Span(" "), link);
            }
            banner.add(nav);
        }
        return banner;
    }

    private Div problems(List<FileProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.addClassName("import-problems");
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        Div box = new Div(new Paragraph(getTranslation("editor.preview.problems")), list);
        box.setId("preview-problems");
        box.addClassName("error-note");
        return box;
    }

    @Override
    public String course(String courseId) {
        return PreviewLinks.preview(courseId, reader);
    }

    @Override
    public String step(StepRef step) {
        return PreviewLinks.preview(step, reader);
    }

    /** Goes to a step of the preview, or to the course page after the last one, in the same language. */
    void navigate(StepRef step) {
        PreviewLinks.openPreview(courseId, step, reader);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
