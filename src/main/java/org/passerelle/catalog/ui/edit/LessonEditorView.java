package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.ModuleMeta;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.Language;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.Confirm;
import org.passerelle.shared.ui.LanguageParameter;
import org.passerelle.shared.ui.Note;
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
    private final Note message = new Note(EditorIds.LESSON_MESSAGE);
    private final Div conflict = new Div();
    private LessonForm form;
    private String courseId;
    private String module;
    private String lesson;
    private Language language;
    private int revision;
    private String pageTitle = "";

    public LessonEditorView(CourseDrafts drafts, DraftModules modules, DraftLessons lessons, LessonFiles files) {
        this.drafts = drafts;
        this.modules = modules;
        this.lessons = lessons;
        this.files = files;
        setId(EditorIds.LESSON_EDITOR);
        addClassName("page");
        addClassName("editor");
        conflict.setId("lesson-conflict");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        module = event.getRouteParameters().get("module").orElse("");
        lesson = event.getRouteParameters().get("lesson").orElse("");
        try {
            CourseMeta course = drafts.meta(courseId).value();
            language = LanguageParameter.in(event.getLocation()).orElse(course.defaultLanguage());
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
        pageTitle = text.value().title().isBlank() ? lesson : text.value().title();
        Anchor back = new Anchor(
                EditorLinks.course(courseId), course.title().getOrDefault(course.defaultLanguage(), courseId));
        back.getElement().setAttribute("router-link", true);
        Paragraph trail = new Paragraph(back);
        trail.add(" › "
                + moduleMeta
                        .title()
                        .getOrDefault(language, moduleMeta.title().getOrDefault(course.defaultLanguage(), module)));
        trail.addClassName("trail");
        H1 heading = new H1(getTranslation("editor.lesson.heading", pageTitle, language.nativeName()));
        heading.setId("lesson-editor-title");
        add(trail, heading, languages(course.defaultLanguage()));
        if (text.revision() == Revised.NEW_FILE) {
            Paragraph note = new Paragraph(getTranslation("editor.lesson.not-written", language.nativeName()));
            note.setId(EditorIds.LESSON_NOT_WRITTEN);
            add(note);
        }
        form = new LessonForm(files, courseId, module, language);
        form.read(text.value());
        Button save = new Button(getTranslation("editor.save"), event -> save());
        save.setId(EditorIds.LESSON_SAVE);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        message.clear();
        conflict.setVisible(false);
        Anchor learnerView = new Anchor(
                LanguageParameter.on(PageAddresses.lessonPreview(courseId, module, lesson), language),
                getTranslation("editor.preview"));
        learnerView.setId("preview-lesson");
        Div actions = new Div(save, learnerView);
        actions.addClassName("editor-actions");
        if (text.revision() != Revised.NEW_FILE && language != course.defaultLanguage()) {
            Button remove = new Button(
                    getTranslation("editor.lesson.remove-language", language.nativeName()),
                    event -> Confirm.ask(
                            getTranslation("editor.lesson.remove-language", language.nativeName()),
                            getTranslation("editor.lesson.remove-language-text"),
                            getTranslation("editor.remove"),
                            true,
                            () -> {
                                lessons.removeLanguage(courseId, module, lesson, language);
                                form.discard();
                                EditorLinks.openCourse(courseId);
                            }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(remove);
        }
        add(form, actions, message, conflict);
    }

    private Nav languages(Language defaultLanguage) {
        Nav nav = new Nav();
        nav.addClassName("editor-languages");
        nav.getElement().setAttribute("aria-label", getTranslation("editor.texts-in"));
        for (Language each : Language.values()) {
            Anchor link = new Anchor(
                    LanguageParameter.on(EditorLinks.lesson(courseId, module, lesson), each),
                    each == defaultLanguage
                            ? getTranslation("editor.language.default", each.nativeName())
                            : each.nativeName());
            link.setId(EditorIds.lessonLanguage(each));
            link.getElement().setAttribute("router-link", true);
            if (each == language) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }

    private void save() {
        Optional<LessonContent.LessonText> typed = form.written(message::sayError);
        if (typed.isEmpty()) {
            return;
        }
        try {
            revision = lessons.save(courseId, module, lesson, language, typed.get(), revision);
            form.saved(typed.get());
            conflict.setVisible(false);
            message.saySuccess(getTranslation("editor.saved"));
        } catch (Conflict refused) {
            revision = refused.revision();
            message.sayError(getTranslation("editor.conflict.lesson", refused.by()));
            showTheirs(refused.theirs());
        } catch (Refused refused) {
            message.sayError(getTranslation(refused.key(), refused.arguments()));
        }
    }

    /** Their saved text beside this person's, which stays in the editor untouched. */
    private void showTheirs(String theirs) {
        conflict.removeAll();
        TextArea other = new TextArea(getTranslation("editor.conflict.theirs"));
        other.setId(EditorIds.CONFLICT_THEIRS);
        other.setReadOnly(true);
        other.setValue(theirs);
        other.setWidthFull();
        conflict.add(new Paragraph(getTranslation("editor.conflict.how")), other);
        conflict.setVisible(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form == null || !form.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirm.ask(
                getTranslation("editor.leave.title"),
                getTranslation("editor.leave.text"),
                getTranslation("editor.leave.confirm"),
                true,
                () -> {
                    form.discard();
                    action.proceed();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", pageTitle);
    }
}
