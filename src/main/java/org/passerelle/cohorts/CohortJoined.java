package org.passerelle.cohorts;

import java.util.Set;

/** Someone became a member of a cohort: they are to be enrolled in its courses, in the same transaction. */
public record CohortJoined(long cohortId, long userId, Set<String> courseIds) {}
