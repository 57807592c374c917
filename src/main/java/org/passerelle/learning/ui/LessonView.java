package org.passerelle.learning.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.LessonPage;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Sizes;
import org.passerelle.shared.ui.UiLanguage;

/**
 * A lesson: its text, its materials with their sizes (so the learner can judge the data cost), previous and
 * next, and "Mark as completed and continue". Reading time is noted on the server when the learner leaves,
 * without any request of its own.
 */
@Route("course/:courseId/lesson/:module/:lesson")
@RolesAllowed("LEARNER")
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String courseId;
    private String module;
    private String lesson;
    private Language reader;
    private String title = "";
    private Instant openedAt;

    public LessonView(LearningService learning) {
        this.learning = learning;
        addClassName("page");
        addClassName("lesson");
        setId("lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Going from one lesson to the next keeps this view: the time on the previous one is told now.
        noteReadingTime();
        courseId = event.getRouteParameters().get("courseId").orElse("");
        module = event.getRouteParameters().get("module").orElse("");
        lesson = event.getRouteParameters().get("lesson").orElse("");
        reader = UiLanguage.current(UI.getCurrent());
        LessonPage page = learning.openLesson(courseId, module, lesson, reader).orElse(null);
        if (page == null) {
            if (learning.course(courseId, reader).isPresent()) {
                event.forwardTo("course/" + courseId);
            } else {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        show(page);
        openedAt = Instant.now();
    }

    private void show(LessonPage page) {
        title = page.title();
        removeAll();
        Anchor course = new Anchor("course/" + page.courseId(), page.courseTitle());
        course.getElement().setAttribute("router-link", true);
        Paragraph trail = new Paragraph(course);
        trail.add(" › " + page.moduleTitle());
        trail.addClassName("trail");
        Pieces.inLanguage(trail, page.shownIn());
        H2 heading = new H2(page.title());
        Pieces.inLanguage(heading, page.shownIn());
        add(trail, heading);
        Paragraph facts =
                new Paragraph(getTranslation("lesson.facts", page.minutes(), page.stepsDone(), page.stepsTotal()));
        facts.addClassName("lesson-facts");
        add(facts);
        if (page.fallback()) {
            Paragraph note = new Paragraph(
                    getTranslation("catalog.fallback", page.shownIn().nativeName()));
            note.addClassName("fallback-note");
            add(note);
        }
        if (!page.media().isEmpty()) {
            add(media(page));
        }
        Div text = Pieces.courseHtml(page.html(), page.shownIn());
        text.setId("lesson-text");
        text.addClassName("lesson-text");
        add(text);
        add(navigation(page));
    }

    private Section media(LessonPage page) {
        UnorderedList list = new UnorderedList();
        for (LessonPage.Media item : page.media()) {
            ListItem entry = new ListItem();
            String size = item.bytes() < 0 ? "" : Sizes.of(item.bytes(), getLocale());
            switch (item.kind()) {
                case "transcript" -> entry.add(new Anchor(item.url(), getTranslation("lesson.transcript", size)));
                case "slides" -> {
                    Anchor slides = new Anchor(item.url(), getTranslation("lesson.slides", size));
                    slides.getElement().setAttribute("download", true);
                    entry.add(slides);
                }
                case "audio" -> {
                    entry.add(new Paragraph(getTranslation("lesson.audio", size)));
                    // No byte is fetched until the learner presses play.
                    Element audio = new Element("audio");
                    audio.setAttribute("controls", true);
                    audio.setAttribute("preload", "none");
                    audio.setAttribute("src", item.url());
                    entry.getElement().appendChild(audio);
                }
                default -> {
                    Anchor video = new Anchor(item.url(), getTranslation("lesson.video"));
                    video.setTarget(AnchorTarget.BLANK);
                    video.getElement().setAttribute("rel", "noopener noreferrer");
                    entry.add(video);
                }
            }
            list.add(entry);
        }
        Section section = new Section(new H3(getTranslation("lesson.materials")), list);
        section.setId("lesson-media");
        section.addClassName("lesson-media");
        return section;
    }

    private Nav navigation(LessonPage page) {
        Nav nav = new Nav();
        nav.addClassName("step-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.navigation"));
        if (page.previous() != null) {
            nav.add(link(page.previous(), "lesson.previous", "previous"));
        }
        if (page.completed()) {
            Paragraph done = new Paragraph(getTranslation("lesson.completed"));
            done.setId("lesson-completed");
            done.addClassName("success-note");
            nav.add(done);
            if (page.next() != null) {
                nav.add(link(page.next(), "lesson.next", "next"));
            }
        } else {
            NativeButton complete = new NativeButton(getTranslation("lesson.complete"), click -> complete());
            complete.setId("complete-lesson");
            complete.addClassName("primary-action");
            nav.add(complete);
        }
        return nav;
    }

    private void complete() {
        int seconds = secondsSinceOpened();
        openedAt = Instant.now();
        StepRef next = learning.completeLesson(courseId, module, lesson, seconds, reader)
                .orElse(null);
        UI.getCurrent().navigate(next == null ? "course/" + courseId : Pieces.href(next));
    }

    private Anchor link(StepRef step, String key, String id) {
        Anchor anchor = new Anchor(Pieces.href(step), getTranslation(key, step.title()));
        anchor.getElement().setAttribute("router-link", true);
        anchor.setId(id);
        return anchor;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        noteReadingTime();
    }

    private void noteReadingTime() {
        int seconds = secondsSinceOpened();
        openedAt = null;
        if (seconds > 0 && courseId != null) {
            try {
                learning.spentTime(courseId, module, lesson, seconds);
            } catch (RuntimeException e) {
                // Reading time is approximate; a session that ended is no reason to fail.
            }
        }
    }

    private int secondsSinceOpened() {
        return openedAt == null
                ? 0
                : (int) Math.min(
                        Integer.MAX_VALUE,
                        Duration.between(openedAt, Instant.now()).toSeconds());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
