package org.passerelle.reporting.ui;

/** Ids of the dashboards, shared by the views and the browser journeys that drive them. */
public final class ReportingIds {

    public static final String DASHBOARD_COHORTS = "dashboard-cohorts";
    public static final String DASHBOARD_COUNTRIES = "dashboard-countries";
    public static final String DASHBOARD_NOT_FOUND = "dashboard-not-found";
    public static final String DASHBOARD_FUNNEL = "dashboard-funnel";
    public static final String LEARNER_GRID = "learner-grid";
    public static final String REPORT_XLSX = "report-xlsx";
    public static final String DASHBOARD_QUIZZES = "dashboard-quizzes";
    public static final String ROSTER_GRID = "roster-grid";

    private ReportingIds() {}
}
