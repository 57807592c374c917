package org.passerelle.reporting.ui;

/** Ids of the dashboards, shared by the views and the browser journeys that drive them. */
public final class ReportingIds {

    public static final String DASHBOARD_COHORTS = "dashboard-cohorts";
    public static final String DASHBOARD_COUNTRIES = "dashboard-countries";
    public static final String DASHBOARD_NOT_FOUND = "dashboard-not-found";
    public static final String DASHBOARD_FUNNEL = "dashboard-funnel";
    public static final String DASHBOARD_FIGURES = "dashboard-figures";
    public static final String FIGURE_ENROLLED = "figure-enrolled";
    public static final String FIGURE_ACTIVE = "figure-active";
    public static final String FIGURE_COMPLETED = "figure-completed";
    public static final String FIGURE_COMPLETION_RATE = "figure-completion-rate";
    public static final String FIGURE_AVERAGE_SCORE = "figure-average-score";
    public static final String DASHBOARD_WEEKS = "dashboard-weeks";
    public static final String DASHBOARD_AT_RISK = "dashboard-at-risk";
    public static final String AT_RISK_EMPTY = "at-risk-empty";
    public static final String QUIZ_TABLE = "quiz-table";
    public static final String LEARNER_GRID = "learner-grid";
    public static final String REPORT_XLSX = "report-xlsx";
    public static final String DASHBOARD_QUIZZES = "dashboard-quizzes";
    public static final String ROSTER_GRID = "roster-grid";

    private ReportingIds() {}
}
