/**
 * Country cohorts: delegations following courses between two dates, their reviewers, their members, and
 * invitation codes. Joining a cohort publishes {@link org.passerelle.cohorts.CohortJoined}, on which the
 * learning module enrols the member in the cohort's courses.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cohorts",
        allowedDependencies = {"catalog", "identity", "identity :: pages"})
package org.passerelle.cohorts;
