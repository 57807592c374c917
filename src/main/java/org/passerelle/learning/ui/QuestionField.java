package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.learning.AttemptPage;

/**
 * One question as a card: a native fieldset named by its heading (the question's number and text, not a legend the
 * border runs through), then radio buttons, checkboxes, a text field or one labelled select per item to match.
 * Native controls are light, work with the keyboard and are labelled; each change is sent to the server at once and
 * saved there.
 */
@Tag("fieldset")
class QuestionField extends Component {

    private final Element status = new Element("p");

    QuestionField(
            Component in, int number, AttemptPage.Question question, Response saved, Consumer<Response> onChange) {
        String name = LearningIds.question(question.id());
        getElement().setAttribute("id", name);
        getElement().getClassList().add(LearningIds.QUESTION_CLASS);
        Element heading = QuizBody.questionHeading(
                in,
                2,
                number,
                question.htmlAfter() == null
                        ? question.html()
                        : question.html() + " <span class=\"blank\">_____</span> " + question.htmlAfter());
        heading.setAttribute("id", LearningIds.questionHeading(question.id()));
        getElement().setAttribute("aria-labelledby", LearningIds.questionHeading(question.id()));
        getElement().appendChild(heading);

        String data;
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                boolean many = question.type() == QuestionType.MULTIPLE_CHOICE;
                for (AttemptPage.Option option : question.options()) {
                    addChoice(
                            name,
                            many ? "checkbox" : "radio",
                            String.valueOf(option.index()),
                            option.html(),
                            saved.choices().contains(option.index()));
                }
                data = "Array.from(element.querySelectorAll('input:checked')).map(i => i.value).join(',')";
            }
            case TRUE_FALSE -> {
                addChoice(
                        name,
                        "radio",
                        "true",
                        escape(in.getTranslation("quiz.true")),
                        saved.truth().orElse(null) == Boolean.TRUE);
                addChoice(
                        name,
                        "radio",
                        "false",
                        escape(in.getTranslation("quiz.false")),
                        saved.truth().orElse(null) == Boolean.FALSE);
                data = "(element.querySelector('input:checked') || {value: ''}).value";
            }
            case SHORT_ANSWER, NUMERIC -> {
                Element field = new Element("label");
                field.getClassList().add("answer-field");
                Element caption = new Element("span");
                caption.setText(in.getTranslation("quiz.answer"));
                Element input = new Element("input");
                input.setAttribute("type", "text");
                input.setAttribute("name", name);
                input.setAttribute("autocomplete", "off");
                input.setAttribute("maxlength", String.valueOf(Response.MAX_LENGTH));
                if (question.type() == QuestionType.NUMERIC) {
                    input.setAttribute("inputmode", "decimal");
                }
                input.setAttribute("value", saved.value());
                field.appendChild(caption, input);
                getElement().appendChild(field);
                data = "element.querySelector('input').value";
            }
            default -> {
                Map<Integer, Integer> matches = saved.matches();
                List<String> lefts = question.lefts();
                for (int left = 0; left < lefts.size(); left++) {
                    // The item is the select's label: a screen reader names each select by what it matches.
                    String id = LearningIds.matchSelect(question.id(), left);
                    Element row = new Element("div");
                    row.getClassList().add("match-row");
                    Element item = new Element("label");
                    item.setAttribute("for", id);
                    item.setProperty("innerHTML", lefts.get(left));
                    Element select = new Element("select");
                    select.setAttribute("id", id);
                    select.setAttribute("name", name + "-" + left);
                    select.setAttribute("data-left", String.valueOf(left));
                    Element none = new Element("option");
                    none.setAttribute("value", "");
                    none.setText(in.getTranslation("quiz.choose"));
                    select.appendChild(none);
                    for (AttemptPage.Option option : question.options()) {
                        Element choice = new Element("option");
                        choice.setAttribute("value", String.valueOf(option.index()));
                        choice.setProperty("innerHTML", option.html());
                        if (Integer.valueOf(option.index()).equals(matches.get(left))) {
                            choice.setAttribute("selected", true);
                        }
                        select.appendChild(choice);
                    }
                    row.appendChild(item, select);
                    getElement().appendChild(row);
                }
                data = "Array.from(element.querySelectorAll('select')).filter(s => s.value !== '')"
                        + ".map(s => s.dataset.left + '=' + s.value).join(';')";
            }
        }
        status.getClassList().add(LearningIds.SAVE_STATUS_CLASS);
        status.setAttribute("aria-live", "polite");
        getElement().appendChild(status);
        if (onChange == null) {
            return;
        }
        // The page never says "Saved" while a later change is still on its way: each change counts as pending
        // in the browser at once, and only the server's answer to the last one shows "Saved" again.
        getElement()
                .executeJs(
                        "const status = this.querySelector('.save-status');"
                                + "this.addEventListener('change', () => {"
                                + " status.pending = (status.pending || 0) + 1;"
                                + " status.setAttribute('aria-busy', 'true');"
                                + " status.textContent = $0; });",
                        in.getTranslation("quiz.saving"));
        getElement()
                .addEventListener(
                        "change",
                        event -> onChange.accept(
                                new Response(event.getEventData().get(data).asString())))
                .addEventData(data);
    }

    /** One change reached the database; says so once no later change is still pending. */
    void saved(String text) {
        status.executeJs(
                "this.pending = Math.max(0, (this.pending || 0) - 1);"
                        + "if (!this.pending) { this.removeAttribute('aria-busy');"
                        + " this.classList.remove('save-failed'); this.textContent = $0; }",
                text);
    }

    /** One change could not be saved: says so at once, and the next change that is saved clears it. */
    void notSaved(String text) {
        status.executeJs(
                "this.pending = Math.max(0, (this.pending || 0) - 1);"
                        + "if (!this.pending) { this.removeAttribute('aria-busy'); }"
                        + "this.classList.add('save-failed'); this.textContent = $0;",
                text);
    }

    private void addChoice(String name, String type, String value, String html, boolean checked) {
        Element label = new Element("label");
        label.getClassList().add("choice");
        Element input = new Element("input");
        input.setAttribute("type", type);
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        if (checked) {
            input.setAttribute("checked", true);
        }
        Element text = new Element("span");
        text.setProperty("innerHTML", html);
        label.appendChild(input, text);
        getElement().appendChild(label);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
