package org.passerelle.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.passerelle.reporting.CohortOverview;
import org.passerelle.reporting.CohortReport;
import org.passerelle.reporting.Dashboards;
import org.passerelle.reporting.ReportExports;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;

/**
 * One cohort for its reviewers and administrators: its headline figures as cards, exports, the module funnel and
 * the weeks since it began, quizzes with each question's share of correct answers, the learners (lazy grid) and
 * those at risk.
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
            add(new H1(title), gone);
            return;
        }
        CohortReport report = found.get();
        CohortOverview cohort = report.overview();
        title = cohort.name();
        add(new H1(title));
        Paragraph context = new Paragraph(getTranslation(
                "dashboard.cohort-period",
                Countries.name(cohort.country(), getLocale()),
                Numbers.date(cohort.startsOn(), getLocale()),
                Numbers.date(cohort.endsOn(), getLocale())));
        context.addClassName("dashboard-context");
        add(context, new FigureCards(cohort));
        Paragraph asOf = new Paragraph(getTranslation("dashboard.as-of", Numbers.time(cohort.refreshedAt())));
        asOf.addClassName("hint");
        add(asOf, ExportLinks.of(cohort, reader, exports, this));
        Div charts = new Div(
                new FunnelPanel(report.funnel(), getTranslation("dashboard.funnel")),
                new WeeksPanel(report.weeks(), getTranslation("dashboard.weeks")));
        charts.addClassName("dashboard-charts");
        add(charts);
        add(new H2(getTranslation("dashboard.quizzes")), new QuizTable(report.quizzes()));
        add(
                new H2(getTranslation("dashboard.learners")),
                new LearnersPanel(cohort.cohortId(), cohort.learners(), learners));
        add(new H2(getTranslation("dashboard.at-risk")), new AtRiskPanel(cohort.cohortId(), learners));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("home.reviewer.title") : title;
    }
}
