package org.passerelle.reporting;

/** A page of a cohort's learners: those the filter lets through, sorted by a column. */
public record LearnerQuery(LearnerFilter filter, Order order, boolean descending, int offset, int limit) {

    /** Those whose name or username contains the text (empty for everyone). */
    public LearnerQuery(String text, Order order, boolean descending, int offset, int limit) {
        this(LearnerFilter.named(text), order, descending, offset, limit);
    }

    /** The columns learners can be sorted by. */
    public enum Order {
        NAME("name"),
        PROGRESS("progress"),
        LAST_ACTIVE("last_active_at"),
        BEST_SCORE("best_score"),
        RECORD("record_status");

        private final String column;

        Order(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
