package org.passerelle.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.passerelle.catalog.CourseCard;
import org.passerelle.shared.Language;

/** The facts a person weighs before starting a course: who, how long, which languages, how big. */
final class CourseFacts {

    private CourseFacts() {}

    static String line(Component in, CourseCard card) {
        String languages = card.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "));
        return in.getTranslation(
                "catalog.facts",
                card.authors(),
                card.estimatedHours(),
                card.moduleCount(),
                card.lessonCount(),
                languages);
    }

    static Paragraph fallbackNote(Component in, CourseCard card) {
        Paragraph note = new Paragraph(
                in.getTranslation("catalog.fallback", card.shownIn().nativeName()));
        note.addClassName("fallback-note");
        return note;
    }
}
