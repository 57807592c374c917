package org.passerelle.cohorts;

import java.time.LocalDate;
import java.util.Set;

/** A cohort as the administration lists it. */
public record CohortSummary(
        long id,
        String name,
        String country,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<String> courseIds,
        Set<Long> reviewerIds,
        long members,
        long version) {}
