package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.LearnerRow;

/**
 * Learners silent for a number of days the reviewer chooses (and not done), or who failed a quiz twice: a table
 * as long as its rows, read as one card per learner on a phone, or one sentence saying that nobody is at risk.
 */
class AtRiskPanel extends Div {

    static final int SHOWN = 200;
    /** Up to this many learners the table is as long as its rows; more scroll inside a box. */
    static final int ALL_ROWS_UP_TO = 20;

    private static final int DEFAULT_DAYS = 14;

    private final Paragraph summary = new Paragraph();
    private final Div rows = new Div();

    AtRiskPanel(long cohortId, CohortLearners learners) {
        setId(ReportingIds.DASHBOARD_AT_RISK);
        IntegerField days = new IntegerField(getTranslation("dashboard.quiet-days"));
        days.setId("at-risk-days");
        days.setMin(1);
        days.setMax(365);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        summary.setId("at-risk-summary");
        days.addValueChangeListener(change -> show(learners, cohortId, change.getValue()));
        add(days, summary, rows);
        show(learners, cohortId, DEFAULT_DAYS);
    }

    private void show(CohortLearners learners, long cohortId, Integer chosen) {
        int days = chosen == null ? DEFAULT_DAYS : Math.max(1, chosen);
        List<LearnerRow> found = learners.atRisk(cohortId, days, SHOWN);
        rows.removeAll();
        rows.getElement().removeAllChildren();
        if (found.isEmpty()) {
            scrolling(false);
            summary.setVisible(false);
            Paragraph none = new Paragraph(getTranslation("dashboard.at-risk-none", days));
            none.setId(ReportingIds.AT_RISK_EMPTY);
            none.addClassName("empty-state");
            rows.add(none);
            return;
        }
        summary.setVisible(true);
        summary.setText(getTranslation(
                found.size() >= SHOWN ? "dashboard.at-risk-many" : "dashboard.at-risk-count", found.size()));
        rows.getElement().appendChild(table(found));
        scrolling(found.size() > ALL_ROWS_UP_TO);
    }

    /** A long list scrolls in its own box, which a keyboard can reach, instead of pushing the page down. */
    private void scrolling(boolean scrolls) {
        rows.setClassName("at-risk-scroll", scrolls);
        if (scrolls) {
            rows.getElement().setAttribute("tabindex", "0");
            rows.getElement().setAttribute("role", "region");
            rows.getElement().setAttribute("aria-label", getTranslation("dashboard.at-risk"));
        } else {
            rows.getElement().removeAttribute("tabindex");
            rows.getElement().removeAttribute("role");
            rows.getElement().removeAttribute("aria-label");
        }
    }

    private Element table(List<LearnerRow> found) {
        String name = getTranslation("roster.column.name");
        String lastActive = getTranslation("roster.column.last-active");
        String progress = getTranslation("dashboard.progress");
        String why = getTranslation("dashboard.why");
        Element table = new Element("table");
        table.getClassList().add("dashboard-table");
        table.setAttribute("id", "at-risk-table");
        Element head = new Element("tr");
        for (String header : List.of(name, lastActive, progress, why)) {
            Element cell = new Element("th");
            cell.setAttribute("scope", "col");
            cell.setText(header);
            head.appendChild(cell);
        }
        Element body = new Element("tbody");
        for (LearnerRow row : found) {
            Element line = new Element("tr");
            Element who = new Element("th");
            who.setAttribute("scope", "row");
            who.setAttribute("dir", "auto");
            who.setText(row.name());
            line.appendChild(
                    who,
                    DashboardTables.cell(lastActive, Numbers.day(row.lastActiveAt(), getLocale())),
                    DashboardTables.cell(progress, Numbers.percent(row.progress(), getLocale())),
                    DashboardTables.cell(
                            why,
                            getTranslation(
                                    row.quizzesFailedTwice() > 0 ? "dashboard.failed-twice" : "dashboard.quiet")));
            body.appendChild(line);
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        return table;
    }
}
