package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;

/** The course that ships in courses/ is valid and as complete as PRODUCT.md asks. */
class FlagshipCourseTest {

    private final CourseReading reading = CourseFiles.read(Path.of("courses"), "ai-public-policy");

    @Test
    void theFlagshipCourseHasNoProblem() {
        assertThat(reading.problems()).extracting(FileProblem::toString).isEmpty();
    }

    @Test
    void itHasSixModulesEighteenLessonsAndAQuizOfAtLeastFiveQuestionsPerModule() {
        CourseContent course = reading.course();
        assertThat(course.modules()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(course.lessonCount()).isGreaterThanOrEqualTo(18);
        assertThat(course.modules()).allSatisfy(module -> {
            assertThat(module.quiz()).as(module.folder()).isNotNull();
            assertThat(module.quiz().questionCount()).as(module.folder()).isGreaterThanOrEqualTo(5);
        });
        assertThat(course.modules())
                .anySatisfy(module -> assertThat(module.quiz().fromGift()).isTrue());
    }

    @Test
    void englishAndFrenchAreComplete() {
        CourseContent course = reading.course();
        assertThat(course.completeLanguages()).contains(Language.EN, Language.FR);
        assertThat(course.title()).containsKeys(Language.EN, Language.FR);
        assertThat(course.modules()).allSatisfy(module -> {
            assertThat(module.title()).as(module.folder()).containsKeys(Language.EN, Language.FR);
            assertThat(module.quiz().questions()).as(module.folder()).containsKeys(Language.EN, Language.FR);
        });
    }

    @Test
    void lessonsAreSubstantialAndCiteFurtherReading() {
        reading.course()
                .modules()
                .forEach(module -> module.lessons()
                        .forEach(lesson -> lesson.texts().forEach((language, text) -> {
                            int words = text.markdown().split("\\s+").length;
                            assertThat(words)
                                    .as("%s/%s.%s.md words", module.folder(), lesson.name(), language.code())
                                    .isBetween(600, 1600);
                            assertThat(text.markdown())
                                    .as("%s/%s.%s.md further reading", module.folder(), lesson.name(), language.code())
                                    .containsAnyOf("## Further reading", "## Pour aller plus loin");
                        })));
    }

    @Test
    void everyQuizInEveryLanguageExportsToGiftThatReadsBackTheSame() {
        reading.course()
                .modules()
                .forEach(module -> module.quiz().questions().forEach((language, questions) -> {
                    String gift = GiftFormat.write(questions);
                    var reread = GiftFormat.read(module.folder() + "." + language.code(), gift);
                    assertThat(reread.problems()).as(gift).isEmpty();
                    assertThat(GiftFormat.write(reread.questions()))
                            .as("%s in %s", module.folder(), language.code())
                            .isEqualTo(gift);
                    assertThat(reread.questions()).hasSameSizeAs(questions);
                }));
    }
}
