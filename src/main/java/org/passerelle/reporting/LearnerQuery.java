package org.passerelle.reporting;

/**
 * A page of a cohort's learners: those whose name or username contains the text, sorted by a column.
 *
 * @param text empty for everyone
 */
public record LearnerQuery(String text, Order order, boolean descending, int offset, int limit) {

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
