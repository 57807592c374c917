package org.passerelle.catalog.ui.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.QuestionType;
import org.passerelle.shared.Language;

/**
 * The questions of a quiz in every language while it is edited.
 *
 * <p>The rule: the list of questions — their ids and order — is the same in every language, as the importer
 * requires; only texts differ. Adding a question adds it to the list; a language in which it is not written yet
 * shows it as "not translated yet" until the author translates it (then only its texts need writing: type,
 * right answers, credits and numbers are copied). Renaming, moving and removing a question, or changing its
 * type, apply to every language. Importing GIFT replaces one language's questions: into the default language (or
 * into the only language written) it also sets the order; into another language it keeps the order and adds the
 * questions the list did not have at the end.
 */
final class QuizQuestions {

    /** A problem of one question in one language. */
    record Located(Language language, String id, QuestionRules.Problem problem) {}

    /** The questions per language ready to save, or the problems that prevent saving. */
    record Checked(Map<Language, List<GiftQuestion>> questions, List<Located> problems) {}

    private final Language defaultLanguage;
    private final List<String> order = new ArrayList<>();
    private final Map<Language, Map<String, EditedQuestion>> texts = new EnumMap<>(Language.class);

    QuizQuestions(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    static QuizQuestions of(Map<Language, List<GiftQuestion>> questions, Language defaultLanguage) {
        QuizQuestions quiz = new QuizQuestions(defaultLanguage);
        List<Language> languages = new ArrayList<>(questions.keySet());
        languages.sort((a, b) -> a == defaultLanguage ? -1 : b == defaultLanguage ? 1 : a.compareTo(b));
        for (Language language : languages) {
            Map<String, EditedQuestion> byId = new LinkedHashMap<>();
            int n = 0;
            for (GiftQuestion question : questions.get(language)) {
                EditedQuestion edited = EditedQuestion.of(question);
                n++;
                if (edited.id == null || edited.id.isBlank() || byId.containsKey(edited.id)) {
                    edited.id = "question-" + n;
                }
                byId.put(edited.id, edited);
                if (!quiz.order.contains(edited.id)) {
                    quiz.order.add(edited.id);
                }
            }
            quiz.texts.put(language, byId);
        }
        return quiz;
    }

    List<String> ids() {
        return List.copyOf(order);
    }

    Language defaultLanguage() {
        return defaultLanguage;
    }

    Optional<EditedQuestion> in(String id, Language language) {
        return Optional.ofNullable(texts.getOrDefault(language, Map.of()).get(id));
    }

    /** The question in the default language, or in the first language that has it: what a translation starts from. */
    EditedQuestion reference(String id) {
        return in(id, defaultLanguage)
                .orElseGet(() -> texts.values().stream()
                        .map(byId -> byId.get(id))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElseThrow());
    }

    /** The question in this language, starting its translation from the reference if it is not written yet. */
    EditedQuestion translate(String id, Language language) {
        return in(id, language).orElseGet(() -> {
            EditedQuestion copy = reference(id).forTranslation();
            texts.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(id, copy);
            return copy;
        });
    }

    /** Adds a question at the end, written in one language; returns its id. */
    String add(Language language, QuestionType type) {
        int n = order.size() + 1;
        while (order.contains("question-" + n)) {
            n++;
        }
        String id = "question-" + n;
        texts.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(id, EditedQuestion.blank(id, type));
        order.add(id);
        return id;
    }

    void remove(String id) {
        order.remove(id);
        texts.values().forEach(byId -> byId.remove(id));
    }

    void move(String id, int by) {
        int from = order.indexOf(id);
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        if (from >= 0 && to != from) {
            order.remove(from);
            order.add(to, id);
        }
    }

    /** The translation key of the reason why a question may not be renamed so, or empty when it may. */
    Optional<String> renameRefusal(String id, String newId) {
        String name = newId == null ? "" : newId.strip();
        if (name.isEmpty()) {
            return Optional.of("editor.quiz.problem.id");
        }
        if (!name.equals(id) && order.contains(name)) {
            return Optional.of("editor.quiz.problem.id-taken");
        }
        return Optional.empty();
    }

    /** Renames a question in every language; the translation key of the reason when the new id is refused. */
    Optional<String> rename(String id, String newId) {
        Optional<String> refusal = renameRefusal(id, newId);
        String name = newId == null ? "" : newId.strip();
        if (refusal.isPresent() || name.equals(id)) {
            return refusal;
        }
        order.set(order.indexOf(id), name);
        for (Map<String, EditedQuestion> byId : texts.values()) {
            EditedQuestion question = byId.remove(id);
            if (question != null) {
                question.id = name;
                byId.put(name, question);
            }
        }
        return Optional.empty();
    }

    void changeType(String id, QuestionType type) {
        texts.values().forEach(byId -> Optional.ofNullable(byId.get(id)).ifPresent(q -> q.changeType(type)));
    }

    /** How many questions are written in this language. */
    int count(Language language) {
        return texts.getOrDefault(language, Map.of()).size();
    }

    /** Replaces one language's questions by imported ones, all with titles (see the class comment for the order). */
    void replace(Language language, List<GiftQuestion> imported) {
        Map<String, EditedQuestion> byId = new LinkedHashMap<>();
        imported.forEach(question -> byId.put(question.title(), EditedQuestion.of(question)));
        boolean leads = language == defaultLanguage
                || texts.entrySet().stream()
                        .allMatch(e -> e.getKey() == language || e.getValue().isEmpty());
        texts.put(language, byId);
        List<String> kept = order.stream()
                .filter(id -> texts.values().stream().anyMatch(questions -> questions.containsKey(id)))
                .toList();
        List<String> next = new ArrayList<>(leads ? byId.keySet() : kept);
        (leads ? kept : byId.keySet()).stream().filter(id -> !next.contains(id)).forEach(next::add);
        order.clear();
        order.addAll(next);
    }

    /** Every language's questions in the list's order, checked with {@link QuestionRules}. */
    Checked check() {
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        List<Located> problems = new ArrayList<>();
        texts.forEach((language, byId) -> {
            if (byId.isEmpty()) {
                return;
            }
            List<GiftQuestion> list = new ArrayList<>();
            for (String id : order) {
                EditedQuestion question = byId.get(id);
                if (question == null) {
                    continue;
                }
                QuestionRules.Outcome outcome = QuestionRules.check(question);
                outcome.problems().forEach(problem -> problems.add(new Located(language, id, problem)));
                if (outcome.ok()) {
                    list.add(outcome.question());
                }
            }
            questions.put(language, list);
        });
        return new Checked(questions, problems);
    }
}
