package org.passerelle.learning;

import org.passerelle.catalog.Catalog;
import org.passerelle.cohorts.CohortJoined;
import org.passerelle.cohorts.CohortMembersAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enrols a new cohort member in the cohort's courses, in the transaction that made them a member: both
 * happen, or neither.
 */
@Component
class CohortEnrolments {

    private final Catalog catalog;
    private final EnrolmentWriter writer;

    CohortEnrolments(Catalog catalog, EnrolmentWriter writer) {
        this.catalog = catalog;
        this.writer = writer;
    }

    @EventListener
    void on(CohortJoined joined) {
        for (String courseId : joined.courseIds()) {
            catalog.current(courseId).ifPresent(version -> writer.enrol(joined.userId(), version, null));
        }
    }

    @EventListener
    void on(CohortMembersAdded added) {
        for (String courseId : added.courseIds()) {
            catalog.current(courseId).ifPresent(version -> writer.enrolAll(added.userIds(), version, added.by()));
        }
    }
}
