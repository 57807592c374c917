package org.passerelle.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid course in English and French, written into a courses folder for tests to break. */
final class DemoCourseFolder {

    private DemoCourseFolder() {}

    static void write(Path courses, String id) throws IOException {
        write(courses, id + "/course.yaml", """
                id: %s
                defaultLanguage: en
                title: {en: Demo, fr: Démo}
                description: {en: A demo course., fr: Un cours de démonstration.}
                authors:
                  - name: A. Expert
                    affiliation: Somewhere
                level: introductory
                estimatedHours: 2
                completion:
                  lessons: all
                  quizPassingScore: 70
                modules:
                  - 01-basics
                """.formatted(id));
        write(courses, id + "/01-basics/module.yaml", """
                title: {en: Basics, fr: Bases}
                lessons: [01-first]
                quiz: quiz.yaml
                """);
        write(courses, id + "/01-basics/01-first.en.md", lesson("First", "Some text."));
        write(courses, id + "/01-basics/01-first.fr.md", lesson("Premier", "Du texte."));
        write(courses, id + "/01-basics/quiz.yaml", "passingScore: 70\ngift: {en: quiz.en.gift, fr: quiz.fr.gift}\n");
        write(courses, id + "/01-basics/quiz.en.gift", "::q1::True?{T}\n\n::q2::Pick.{=a ~b}\n");
        write(courses, id + "/01-basics/quiz.fr.gift", "::q1::Vrai ?{T}\n\n::q2::Choisir.{=a ~b}\n");
    }

    static String lesson(String title, String text) {
        return "---\ntitle: " + title + "\nminutes: 5\n---\n" + text + "\n";
    }

    static void write(Path courses, String path, String text) throws IOException {
        Path file = courses.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
