package org.passerelle.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.CohortReport;
import org.passerelle.reporting.Dashboards;
import org.passerelle.reporting.ReportExports;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;

/**
 * One cohort for its reviewers and administrators: numbers at a glance, the module funnel and weekly activity,
 * quizzes with each question's share of correct answers, the learners (lazy grid) and those at risk, exports.
 * Another country's cohort gets the same page as one that does not exist.
 */
@Route("cohorts/:cohortId")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class CohortDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final CohortLearners learners;
    private final ReportExports exports;
    private String title;

    public CohortDashboardView(Dashboards dashboards, CohortLearners learners, ReportExports exports) {
        this.dashboards = dashboards;
        this.learners = learners;
        this.exports = exports;
        addClassName("page");
        setId("cohort-dashboard");
    }

    /** A cohort's dashboard, relative to the app's base. */
    static String address(long cohortId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(CohortDashboardView.class, new RouteParameters("cohortId", String.valueOf(cohortId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Language reader = UiLanguage.current(UI.getCurrent());
        Optional<CohortReport> found =
                event.getRouteParameters().getLong("cohortId").flatMap(id -> dashboards.cohort(id, reader));
        if (found.isEmpty()) {
            title = getTranslation("dashboard.not-found-title");
            Paragraph gone = new Paragraph(getTranslation("dashboard.not-found"));
            gone.setId(ReportingIds.DASHBOARD_NOT_FOUND);
            add(new H2(title), gone);
            return;
        }
        CohortReport report = found.get();
        title = report.overview().name();
        add(new H2(title));
        add(new Paragraph(getTranslation(
                "dashboard.cohort-line",
                Countries.name(report.overview().country(), getLocale()),
                Numbers.whole(report.overview().learners(), getLocale()),
                Numbers.whole(report.overview().activeLastWeek(), getLocale()),
                Numbers.whole(report.overview().completed(), getLocale()),
                Numbers.percent(report.overview().completionRate(), getLocale()),
                Numbers.score(report.overview().averageBestScore(), getLocale()))));
        Paragraph asOf = new Paragraph(
                getTranslation("dashboard.as-of", Numbers.time(report.overview().refreshedAt())));
        asOf.addClassName("hint");
        add(asOf, ExportLinks.of(report.overview(), reader, exports, this));
        add(new FunnelPanel(report.funnel(), getTranslation("dashboard.funnel")));
        add(new WeeksPanel(report.weeks(), getTranslation("dashboard.weeks")));
        add(new H3(getTranslation("dashboard.quizzes")), quizzes(report));
        add(
                new H3(getTranslation("dashboard.learners")),
                new LearnersPanel(report.overview().cohortId(), learners));
        add(
                new H3(getTranslation("dashboard.at-risk")),
                new AtRiskPanel(report.overview().cohortId(), learners));
    }

    private Div quizzes(CohortReport report) {
        Div all = new Div();
        all.setId(ReportingIds.DASHBOARD_QUIZZES);
        if (report.quizzes().isEmpty()) {
            all.add(new Paragraph(getTranslation("dashboard.no-quizzes")));
            return all;
        }
        for (CohortReport.Quiz quiz : report.quizzes()) {
            Div one = new Div();
            one.addClassName("dashboard-quiz");
            one.add(new Paragraph(getTranslation(
                    "dashboard.quiz-line",
                    quiz.title(),
                    quiz.learners(),
                    quiz.attempts(),
                    Numbers.percent(quiz.passRate(), getLocale()),
                    Numbers.score(quiz.averageBestScore(), getLocale()))));
            if (!quiz.questions().isEmpty()) {
                Grid<CohortReport.Question> questions = new Grid<>();
                questions.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
                questions
                        .addColumn(CohortReport.Question::text)
                        .setHeader(getTranslation("items.question"))
                        .setFlexGrow(4);
                questions
                        .addColumn(q -> Numbers.whole(q.answers(), getLocale()))
                        .setHeader(getTranslation("dashboard.answers"));
                questions
                        .addColumn(q -> Numbers.share(q.shareCorrect(), getLocale()))
                        .setHeader(getTranslation("dashboard.share-correct"))
                        .setComparator(CohortReport.Question::shareCorrect);
                questions.setItems(quiz.questions());
                questions.setAllRowsVisible(true);
                one.add(questions);
            }
            all.add(one);
        }
        return all;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("home.reviewer.title") : title;
    }
}
