package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.passerelle.learning.LessonPage;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.Sizes;
import org.passerelle.shared.ui.WrittenIn;

/**
 * A lesson as a learner reads it: where it sits in the course, its text, its materials with their sizes (so the
 * learner can judge the data cost), previous and next, and "Mark as completed and continue". The learner's
 * lesson page and the author's preview of a draft both show lessons with it.
 */
final class LessonBody {

    private final Main view;
    private final Div column;
    private final LessonOutline outline;
    private final StepLinks links;

    private LessonBody(Main view, Div column, LessonOutline outline, StepLinks links) {
        this.view = view;
        this.column = column;
        this.outline = outline;
        this.links = links;
    }

    /**
     * Replaces what the view shows with the lesson; {@code complete} runs when the learner marks it completed. The
     * course's outline of the lesson before stays when it is the same course: only its marks move.
     */
    static void show(Main view, LessonPage page, StepLinks links, Runnable complete) {
        Layout layout = view.getChildren()
                .filter(Layout.class::isInstance)
                .map(Layout.class::cast)
                .filter(kept -> kept.outline.fits(page))
                .findFirst()
                .orElse(null);
        boolean moved = layout != null;
        if (layout == null) {
            view.removeAll();
            layout = new Layout(new LessonOutline(page, links));
            view.add(layout);
        } else {
            layout.outline.show(page);
            Layout keep = layout;
            view.getChildren().filter(child -> child != keep).toList().forEach(view::remove);
            layout.column.removeAll();
        }
        H1 heading = new LessonBody(view, layout.column, layout.outline, links).fill(page, complete);
        if (moved) {
            // From lesson to lesson inside the page the link that was pressed is gone: the new title takes the focus,
            // so a screen reader says where the learner now is and Tab goes on into the new text.
            heading.getElement().setAttribute("tabindex", "-1");
            heading.getElement().executeJs("this.focus({preventScroll: true})");
        }
    }

    /** The outline and the reading column beside it. */
    private static final class Layout extends Div {

        private final LessonOutline outline;
        private final Div column = new Div();

        Layout(LessonOutline outline) {
            this.outline = outline;
            column.addClassName("lesson-column");
            add(outline, column);
            addClassName("lesson-layout");
        }
    }

    private H1 fill(LessonPage page, Runnable complete) {
        view.addComponentAsFirst(contextBar(page));
        H1 heading = new H1(page.title());
        WrittenIn.language(heading, page.shownIn());
        column.add(heading);
        Paragraph facts =
                new Paragraph(view.getTranslation("lesson.facts", page.minutes(), page.stepsDone(), page.stepsTotal()));
        facts.addClassName("lesson-facts");
        column.add(facts);
        if (page.fallback()) {
            Paragraph note = new Paragraph(
                    view.getTranslation("catalog.fallback", page.shownIn().nativeName()));
            note.addClassName("fallback-note");
            column.add(note);
        }
        if (!page.media().isEmpty()) {
            column.add(media(page));
        }
        Div text = courseHtml(page.html(), page.shownIn());
        text.setId(LearningIds.LESSON_TEXT);
        text.addClassName("lesson-text");
        column.add(text);
        column.add(navigation(page, complete));
        return heading;
    }

    /**
     * The bar that stays at the top while the learner reads: where they are (course, module, lesson y of z), how far
     * they are in the course, and the way back and on, without scrolling to the end of a long text.
     */
    private Div contextBar(LessonPage page) {
        Anchor course = new Anchor(links.course(page.courseId()), page.courseTitle());
        course.getElement().setAttribute("router-link", true);
        WrittenIn.language(course, page.shownIn());
        Span module = new Span(page.moduleTitle());
        WrittenIn.language(module, page.shownIn());
        Paragraph trail = new Paragraph(course, new Span(" › "), module);
        trail.addClassName("trail");
        LessonPage.Place place = page.place();
        Span where = new Span(
                view.getTranslation("lesson.place", place.module(), place.modules(), place.lesson(), place.lessons()));
        where.setId(LearningIds.LESSON_PLACE);
        where.addClassName("lesson-place");
        Div progress = Progress.slim(view, page.stepsDone(), page.stepsTotal());
        Div context = new Div(trail, where, progress);
        context.addClassName("lesson-context");
        Nav steps = new Nav();
        steps.addClassName("bar-steps");
        steps.getElement().setAttribute("aria-label", view.getTranslation("lesson.navigation-top"));
        if (page.previous() != null) {
            steps.add(barLink(page.previous(), "lesson.previous-short", LearningIds.BAR_PREVIOUS));
        }
        if (page.next() != null) {
            steps.add(barLink(page.next(), "lesson.next-short", LearningIds.BAR_NEXT));
        }
        Div inner = new Div(context, outline.opener(), steps);
        inner.addClassName("lesson-bar-inner");
        Div wrapper = new Div(inner);
        wrapper.setId(LearningIds.LESSON_BAR);
        wrapper.addClassName("lesson-bar");
        return wrapper;
    }

    /** A short link of the bar ("Previous", "Next"); pointing at it shows where it leads. */
    private Anchor barLink(StepRef step, String key, String id) {
        Anchor anchor = new Anchor(links.step(step), view.getTranslation(key));
        anchor.getElement().setAttribute("router-link", true);
        if (step.title() != null) {
            anchor.getElement().setAttribute("title", step.title());
        }
        anchor.setId(id);
        anchor.addClassName(key.equals("lesson.next-short") ? "bar-next" : "bar-previous");
        return anchor;
    }

    private Section media(LessonPage page) {
        UnorderedList list = new UnorderedList();
        for (LessonPage.Media item : page.media()) {
            ListItem entry = new ListItem();
            String size = item.bytes() < 0
                    ? ""
                    : Sizes.of(item.bytes(), UI.getCurrent().getLocale());
            switch (item.kind()) {
                case "transcript" -> entry.add(new Anchor(item.url(), view.getTranslation("lesson.transcript", size)));
                case "slides" -> {
                    Anchor slides = new Anchor(item.url(), view.getTranslation("lesson.slides", size));
                    slides.getElement().setAttribute("download", true);
                    entry.add(slides);
                }
                case "audio" -> {
                    entry.add(new Paragraph(view.getTranslation("lesson.audio", size)));
                    // No byte is fetched until the learner presses play.
                    Element audio = new Element("audio");
                    audio.setAttribute("controls", true);
                    audio.setAttribute("preload", "none");
                    audio.setAttribute("src", item.url());
                    entry.getElement().appendChild(audio);
                }
                default -> {
                    Anchor video = new Anchor(item.url(), view.getTranslation("lesson.video"));
                    video.setTarget(AnchorTarget.BLANK);
                    video.getElement().setAttribute("rel", "noopener noreferrer");
                    entry.add(video);
                }
            }
            list.add(entry);
        }
        Section section = new Section(new H2(view.getTranslation("lesson.materials")), list);
        section.setId(LearningIds.LESSON_MEDIA);
        section.addClassName("lesson-media");
        return section;
    }

    private Nav navigation(LessonPage page, Runnable complete) {
        Nav nav = new Nav();
        nav.addClassName("step-nav");
        nav.getElement().setAttribute("aria-label", view.getTranslation("lesson.navigation"));
        if (page.previous() != null) {
            nav.add(link(page.previous(), "lesson.previous", "previous"));
        }
        if (page.completed()) {
            Note done = Note.success(view.getTranslation("lesson.completed"));
            done.setId("lesson-completed");
            nav.add(done);
            if (page.next() != null) {
                nav.add(link(page.next(), "lesson.next", "next"));
            }
        } else {
            NativeButton button = new NativeButton(view.getTranslation("lesson.complete"), click -> complete.run());
            button.setId(LearningIds.COMPLETE_LESSON);
            button.addClassName("primary-action");
            nav.add(button);
        }
        return nav;
    }

    private Anchor link(StepRef step, String key, String id) {
        Anchor anchor = new Anchor(links.step(step), view.getTranslation(key, step.title()));
        anchor.getElement().setAttribute("router-link", true);
        anchor.setId(id);
        return anchor;
    }

    /** Course text already rendered and sanitised on the server, in its own language and direction. */
    private static Div courseHtml(String safeHtml, Language language) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", safeHtml);
        return WrittenIn.language(div, language);
    }
}
