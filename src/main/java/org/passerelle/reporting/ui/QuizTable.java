package org.passerelle.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.passerelle.reporting.CohortReport;

/**
 * The cohort's quizzes as one table (learners who tried, attempts, pass rate, average best score), then, folded
 * under each quiz that has answers, the share of correct answers per question.
 */
class QuizTable extends Div {

    QuizTable(List<CohortReport.Quiz> quizzes) {
        setId(ReportingIds.DASHBOARD_QUIZZES);
        if (quizzes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.no-quizzes"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Locale locale = getLocale();
        boolean severalCourses =
                quizzes.stream().map(CohortReport.Quiz::courseTitle).distinct().count() > 1;
        String quizColumn = getTranslation("dashboard.quiz");
        String tried = getTranslation("dashboard.quiz-learners");
        String attempts = getTranslation("dashboard.attempts");
        String passRate = getTranslation("dashboard.figure.pass-rate");
        String average = getTranslation("dashboard.figure.average-score");
        Element table = new Element("table");
        table.getClassList().add("dashboard-table");
        table.setAttribute("id", ReportingIds.QUIZ_TABLE);
        Element head = new Element("tr");
        for (String header : List.of(quizColumn, tried, attempts, passRate, average)) {
            Element cell = new Element("th");
            cell.setAttribute("scope", "col");
            cell.setText(header);
            head.appendChild(cell);
        }
        Element body = new Element("tbody");
        for (CohortReport.Quiz quiz : quizzes) {
            Element row = new Element("tr");
            Element name = new Element("th");
            name.setAttribute("scope", "row");
            name.setAttribute("dir", "auto");
            name.setText(severalCourses ? quiz.courseTitle() + " · " + quiz.title() : quiz.title());
            row.appendChild(
                    name,
                    DashboardTables.cell(tried, Numbers.whole(quiz.learners(), locale)),
                    DashboardTables.cell(attempts, Numbers.whole(quiz.attempts(), locale)),
                    DashboardTables.cell(
                            passRate, quiz.attempts() == 0 ? "–" : Numbers.percent(quiz.passRate(), locale)),
                    DashboardTables.cell(average, Numbers.score(quiz.averageBestScore(), locale)));
            body.appendChild(row);
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(table);
        for (CohortReport.Quiz quiz : quizzes) {
            if (!quiz.questions().isEmpty()) {
                add(questions(quiz, locale));
            }
        }
    }

    private NativeDetails questions(CohortReport.Quiz quiz, Locale locale) {
        Grid<CohortReport.Question> questions = new Grid<>();
        questions.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        questions
                .addColumn(CohortReport.Question::text)
                .setHeader(getTranslation("items.question"))
                .setFlexGrow(4);
        questions.addColumn(q -> Numbers.whole(q.answers(), locale)).setHeader(getTranslation("dashboard.answers"));
        questions
                .addColumn(q -> Numbers.share(q.shareCorrect(), locale))
                .setHeader(getTranslation("dashboard.share-correct"))
                .setComparator(CohortReport.Question::shareCorrect);
        questions.setItems(quiz.questions());
        questions.setAllRowsVisible(true);
        NativeDetails details = new NativeDetails(getTranslation("dashboard.quiz-questions", quiz.title()), questions);
        details.addClassName("dashboard-quiz");
        return details;
    }
}
