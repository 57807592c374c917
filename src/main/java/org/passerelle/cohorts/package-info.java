/**
 * Country cohorts: delegations following courses between two dates, their reviewers, their members, and
 * invitation codes. Joining a cohort publishes {@link CohortJoined}, on which the
 * learning module enrols the member in the cohort's courses.
 */
@ApplicationModule(
        displayName = "Cohorts",
        allowedDependencies = {"catalog", "identity", "identity :: pages"})
@NullMarked
package org.passerelle.cohorts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
