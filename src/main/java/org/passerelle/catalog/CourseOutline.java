package org.passerelle.catalog;

import java.util.List;

/** A course page: the card and, module by module, the lessons and the quiz. */
public record CourseOutline(CourseCard card, List<Module> modules) {

    public record Module(String title, List<Lesson> lessons, int quizQuestions) {}

    public record Lesson(String name, String title, int minutes) {}
}
