package org.passerelle.journeys;

import static org.passerelle.journeys.XssCorpus.gift;
import static org.passerelle.journeys.XssCorpus.yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A course folder whose every text an author can write carries the corpus: course, module and lesson titles and
 * descriptions, authors and affiliations, tags, the lesson's Markdown and video address, and a quiz's question
 * titles, texts, answers and feedback in GIFT (module m1) and in YAML (module m2). Short texts carry one of the
 * corpus' short texts ({@link XssCorpus#SETS}), long ones all of it.
 */
final class XssCourse {

    /** What a learner who knows the quiz answers: the first choice (right), true, and a wrong typed payload. */
    static final String TYPED_ANSWER = "<img src=x onerror=alert(140)>";

    private XssCourse() {}

    static Map<String, String> files(String id) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                id: %s
                defaultLanguage: en
                title:
                  en: %s
                description:
                  en: %s
                authors:
                  - name: %s
                    affiliation: %s
                level: introductory
                estimatedHours: 1
                tags:
                  en: [%s, %s]
                completion:
                  lessons: all
                  quizPassingScore: 50
                modules:
                  - m1
                  - m2
                """.formatted(
                        id,
                        yaml(set(0)),
                        yaml(XssCorpus.all()),
                        yaml(set(1)),
                        yaml(set(2)),
                        yaml(XssCorpus.PAYLOADS.get(1)),
                        yaml(XssCorpus.PAYLOADS.get(0))));
        int n = 1;
        for (String module : List.of("m1", "m2")) {
            files.put(module + "/module.yaml", """
                    title:
                      en: %s
                    description:
                      en: %s
                    lessons:
                      - l1
                    quiz: quiz.yaml
                    """.formatted(yaml(module + " " + set(n++)), yaml(XssCorpus.all())));
            files.put(module + "/l1.en.md", """
                    ---
                    title: %s
                    minutes: 5
                    media:
                      video: %s
                    ---

                    %s
                    """.formatted(
                            yaml(module + " lesson " + set(n++)),
                            yaml("https://video.example/lecture.mp4?q=\"><img src=x onerror=alert(141)></script>"),
                            XssCorpus.markdown()));
        }
        files.put("m1/quiz.yaml", """
                passingScore: 50
                showCorrectAnswers: afterSubmit
                gift:
                  en: quiz.en.gift
                """);
        files.put("m1/quiz.en.gift", giftQuiz());
        files.put("m2/quiz.yaml", yamlQuiz());
        return files;
    }

    private static String set(int n) {
        return XssCorpus.set(n);
    }

    private static String giftQuiz() {
        String all = gift(XssCorpus.all());
        String part = gift(set(0));
        // A question's title is its id, kept in 100 characters.
        String title = gift(XssCorpus.PAYLOADS.get(0) + " " + XssCorpus.PAYLOADS.get(1));
        return """
                $CATEGORY: %s

                ::%s::%s{
                  =%s#%s
                  ~%s#%s
                  ####%s
                }

                ::q-html::[html]%s{T#%s#%s}

                ::q-markdown::[markdown]%s{=right answer#%s}

                ::q-missing::%s {=right answer} %s
                """.formatted(
                        part,
                        title,
                        part,
                        "right " + part,
                        all,
                        "wrong " + part,
                        all,
                        all,
                        gift(XssCorpus.markdown().replace("\n", " ")),
                        all,
                        all,
                        part,
                        all,
                        part,
                        part);
    }

    private static String yamlQuiz() {
        return """
                passingScore: 50
                questions:
                  - id: y-choice
                    type: single-choice
                    text: {en: %s}
                    choices:
                      - text: {en: %s}
                        correct: true
                        feedback: {en: %s}
                      - text: {en: %s}
                        feedback: {en: %s}
                    feedback: {en: %s}
                  - id: y-match
                    type: matching
                    text: {en: %s}
                    pairs:
                      - {left: {en: %s}, right: {en: %s}}
                      - {left: {en: %s}, right: {en: %s}}
                  - id: y-short
                    type: short-answer
                    text: {en: %s}
                    accepted: {en: [%s]}
                """.formatted(
                        yaml(set(1)),
                        yaml("right " + set(2)),
                        yaml(XssCorpus.all()),
                        yaml("wrong " + set(3)),
                        yaml(XssCorpus.all()),
                        yaml(XssCorpus.all()),
                        yaml(set(4)),
                        yaml("left " + set(5)),
                        yaml("right " + set(6)),
                        yaml("left two " + set(7)),
                        yaml("right two " + set(8)),
                        yaml(set(9)),
                        yaml("right answer"));
    }

    static byte[] zip(String id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files(id).entrySet()) {
                zip.putNextEntry(new ZipEntry(id + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
