package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.DraftAddresses;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.ModuleMeta;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.Revised;
import org.passerelle.catalog.SafeMarkdown;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.WrittenIn;
import org.springframework.security.access.AccessDeniedException;

/**
 * One lesson in one language: title, reading time, Markdown text with a live preview beside it (rendered and
 * sanitised exactly as learners get it), its files and video. A save refused because someone else saved the
 * lesson meanwhile keeps this person's text and shows theirs beside it to merge.
 */
@Route("author/:courseId/lesson/:module/:lesson")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class LessonEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CourseDrafts drafts;
    private final DraftModules modules;
    private final DraftLessons lessons;
    private final LessonFiles files;
    private final TextField title = new TextField();
    private final IntegerField minutes = new IntegerField();
    private final TextArea markdown = new TextArea();
    private final Div preview = new Div();
    private final Note message = new Note("lesson-message");
    private final Div conflict = new Div();
    private final Map<String, String> media = new LinkedHashMap<>();
    private LessonMedia mediaPanel;
    private String courseId;
    private String module;
    private String lesson;
    private Language language;
    private int revision;
    private boolean dirty;
    private String pageTitle = "";

    public LessonEditorView(CourseDrafts drafts, DraftModules modules, DraftLessons lessons, LessonFiles files) {
        this.drafts = drafts;
        this.modules = modules;
        this.lessons = lessons;
        this.files = files;
        setId("lesson-editor");
        addClassName("page");
        addClassName("editor");
        title.addValueChangeListener(change -> dirty |= change.isFromClient());
        minutes.addValueChangeListener(change -> dirty |= change.isFromClient());
        markdown.addValueChangeListener(change -> {
            dirty |= change.isFromClient();
            render();
            if (mediaPanel != null) {
                mediaPanel.showTotal();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        module = event.getRouteParameters().get("module").orElse("");
        lesson = event.getRouteParameters().get("lesson").orElse("");
        try {
            CourseMeta course = drafts.meta(courseId).value();
            List<String> asked =
                    event.getLocation().getQueryParameters().getParameters().get("lang");
            language = asked == null || asked.isEmpty()
                    ? course.defaultLanguage()
                    : Language.ofCode(asked.getFirst()).orElse(course.defaultLanguage());
            Revised<LessonContent.LessonText> text = lessons.read(courseId, module, lesson, language);
            ModuleMeta moduleMeta = modules.read(courseId, module).value();
            show(course, moduleMeta, text);
        } catch (AccessDeniedException | Refused e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(CourseMeta course, ModuleMeta moduleMeta, Revised<LessonContent.LessonText> text) {
        removeAll();
        revision = text.revision();
        dirty = false;
        LessonContent.LessonText value = text.value();
        pageTitle = value.title().isBlank() ? lesson : value.title();
        Anchor back = new Anchor("author/" + courseId, course.title().getOrDefault(course.defaultLanguage(), courseId));
        back.getElement().setAttribute("router-link", true);
        Paragraph trail = new Paragraph(back);
        trail.add(" › "
                + moduleMeta
                        .title()
                        .getOrDefault(language, moduleMeta.title().getOrDefault(course.defaultLanguage(), module)));
        trail.addClassName("trail");
        H2 heading = new H2(getTranslation("editor.lesson.heading", pageTitle, language.nativeName()));
        heading.setId("lesson-editor-title");
        add(trail, heading, languages(course.defaultLanguage()));
        if (text.revision() == 0) {
            Paragraph note = new Paragraph(getTranslation("editor.lesson.not-written", language.nativeName()));
            note.setId("lesson-not-written");
            add(note);
        }
        title.setLabel(getTranslation("editor.field.title"));
        title.setId("lesson-title");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setValue(value.title());
        minutes.setLabel(getTranslation("editor.field.minutes"));
        minutes.setId("lesson-minutes");
        minutes.setMin(ContentLimits.LESSON_MINUTES.min());
        minutes.setMax(ContentLimits.LESSON_MINUTES.max());
        minutes.setStepButtonsVisible(true);
        minutes.setValue(value.minutes());
        markdown.setLabel(getTranslation("editor.field.markdown"));
        markdown.setHelperText(getTranslation("editor.field.markdown-help"));
        markdown.setId("lesson-markdown");
        markdown.setValue(value.markdown());
        markdown.setValueChangeMode(ValueChangeMode.TIMEOUT);
        markdown.setValueChangeTimeout(300);
        markdown.addClassName("markdown-source");
        markdown.setMaxHeight("75vh");
        WrittenIn.field(markdown, language);
        WrittenIn.field(title, language);
        mediaPanel = null;
        media.clear();
        media.putAll(value.media());
        preview.setId("lesson-preview");
        preview.addClassName("lesson-text");
        preview.addClassName("editor-preview");
        WrittenIn.language(preview, language);
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("editor.lesson.preview"));
        render();
        mediaPanel = new LessonMedia(
                files, courseId, module, media, markdown::getValue, this::insertImage, () -> dirty = true);
        Button save = new Button(getTranslation("editor.save"), event -> save());
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        conflict.setId("lesson-conflict");
        conflict.setVisible(false);
        Anchor learnerView = new Anchor(
                "author/" + courseId + "/preview/" + module + "/" + lesson + "?lang=" + language.code(),
                getTranslation("editor.preview"));
        learnerView.setId("preview-lesson");
        Div source = new Div(title, minutes, markdown, mediaPanel);
        source.addClassName("editor-source");
        Div split = new Div(source, preview);
        split.addClassName("editor-split");
        Div actions = new Div(save, learnerView);
        actions.addClassName("editor-actions");
        if (text.revision() > 0 && language != course.defaultLanguage()) {
            Button remove = new Button(
                    getTranslation("editor.lesson.remove-language", language.nativeName()),
                    event -> Confirm.ask(
                            getTranslation("editor.lesson.remove-language", language.nativeName()),
                            getTranslation("editor.lesson.remove-language-text"),
                            getTranslation("editor.remove"),
                            true,
                            () -> {
                                lessons.removeLanguage(courseId, module, lesson, language);
                                dirty = false;
                                UI.getCurrent().navigate("author/" + courseId);
                            }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(remove);
        }
        add(split, actions, message, conflict);
    }

    private Nav languages(Language defaultLanguage) {
        Nav nav = new Nav();
        nav.addClassName("editor-languages");
        nav.getElement().setAttribute("aria-label", getTranslation("editor.texts-in"));
        for (Language each : Language.values()) {
            Anchor link = new Anchor(
                    "author/" + courseId + "/lesson/" + module + "/" + lesson + "?lang=" + each.code(),
                    each == defaultLanguage
                            ? getTranslation("editor.language.default", each.nativeName())
                            : each.nativeName());
            link.setId("lesson-lang-" + each.code());
            link.getElement().setAttribute("router-link", true);
            if (each == language) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }

    private void render() {
        preview.getElement()
                .setProperty(
                        "innerHTML",
                        SafeMarkdown.toHtml(
                                markdown.getValue(), reference -> DraftAddresses.url(courseId, module, reference)));
    }

    private void insertImage(String reference) {
        String text = markdown.getValue().stripTrailing();
        markdown.setValue(text + (text.isEmpty() ? "" : "\n\n") + "![" + getTranslation("editor.media.image-alt") + "]("
                + reference + ")\n");
        dirty = true;
    }

    private void save() {
        if (minutes.isInvalid() || minutes.getValue() == null) {
            fail(getTranslation(
                    "editor.refused.minutes", ContentLimits.LESSON_MINUTES.min(), ContentLimits.LESSON_MINUTES.max()));
            return;
        }
        LessonContent.LessonText text = new LessonContent.LessonText(
                title.getValue().strip(), minutes.getValue(), mediaPanel.media(), markdown.getValue());
        try {
            revision = lessons.save(courseId, module, lesson, language, text, revision);
            dirty = false;
            conflict.setVisible(false);
            message.saySuccess(getTranslation("editor.saved"));
        } catch (Conflict refused) {
            revision = refused.revision();
            fail(getTranslation("editor.conflict.lesson", refused.by()));
            showTheirs(refused.theirs());
        } catch (Refused refused) {
            fail(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void fail(String text) {
        message.sayError(text);
    }

    /** Their saved text beside this person's, which stays in the editor untouched. */
    private void showTheirs(String theirs) {
        conflict.removeAll();
        TextArea other = new TextArea(getTranslation("editor.conflict.theirs"));
        other.setId("conflict-theirs");
        other.setReadOnly(true);
        other.setValue(theirs);
        other.setWidthFull();
        conflict.add(new Paragraph(getTranslation("editor.conflict.how")), other);
        conflict.setVisible(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirm.ask(
                getTranslation("editor.leave.title"),
                getTranslation("editor.leave.text"),
                getTranslation("editor.leave.confirm"),
                true,
                () -> {
                    dirty = false;
                    action.proceed();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", pageTitle);
    }
}
