package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.passerelle.reporting.CohortOverview;

/**
 * The cohort's headline numbers as a row of cards (label, big number, a line of context): what a ministry
 * reviewer reads first. A description list, so a screen reader hears each label with its number.
 */
class FigureCards extends Div {

    FigureCards(CohortOverview cohort) {
        setId(ReportingIds.DASHBOARD_FIGURES);
        addClassName("figure-cards");
        Locale locale = getLocale();
        Element list = new Element("dl");
        list.getClassList().add("figure-cards-list");
        list.appendChild(
                card(
                        ReportingIds.FIGURE_ENROLLED,
                        getTranslation("dashboard.enrolled"),
                        Numbers.whole(cohort.learners(), locale),
                        getTranslation("dashboard.figure.enrolled-context")),
                card(
                        ReportingIds.FIGURE_ACTIVE,
                        getTranslation("dashboard.active-7"),
                        Numbers.whole(cohort.activeLastWeek(), locale),
                        getTranslation(
                                "dashboard.figure.of-enrolled",
                                Numbers.percent(share(cohort.activeLastWeek(), cohort.learners()), locale))),
                card(
                        ReportingIds.FIGURE_COMPLETED,
                        getTranslation("dashboard.completed"),
                        Numbers.whole(cohort.completed(), locale),
                        getTranslation("dashboard.figure.completed-context")),
                card(
                        ReportingIds.FIGURE_COMPLETION_RATE,
                        getTranslation("dashboard.completion-rate"),
                        Numbers.percent(cohort.completionRate(), locale),
                        getTranslation(
                                "dashboard.figure.rate-context",
                                Numbers.whole(cohort.completed(), locale),
                                Numbers.whole(cohort.learners(), locale))),
                card(
                        ReportingIds.FIGURE_AVERAGE_SCORE,
                        getTranslation("dashboard.figure.average-score"),
                        Numbers.score(cohort.averageBestScore(), locale),
                        getTranslation(
                                cohort.averageBestScore() == null
                                        ? "dashboard.figure.score-none"
                                        : "dashboard.figure.score-context")));
        getElement().appendChild(list);
    }

    private static int share(int part, int whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    private static Element card(String id, String label, String figure, String context) {
        Element card = new Element("div");
        card.setAttribute("id", id);
        card.getClassList().add("figure-card");
        Element term = new Element("dt");
        term.setText(label);
        Element number = new Element("dd");
        number.getClassList().add("figure-number");
        number.setText(figure);
        Element line = new Element("dd");
        line.getClassList().add("figure-context");
        line.setText(context);
        card.appendChild(term, number, line);
        return card;
    }
}
