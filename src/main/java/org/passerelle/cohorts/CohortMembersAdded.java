package org.passerelle.cohorts;

import java.util.List;
import java.util.Set;

/**
 * Many people became members of a cohort at once (bulk enrolment): they are to be enrolled in its courses,
 * in the same transaction.
 *
 * @param by the administrator who added them
 */
public record CohortMembersAdded(long cohortId, List<Long> userIds, Set<String> courseIds, long by) {}
