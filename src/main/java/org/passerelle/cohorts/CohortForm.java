package org.passerelle.cohorts;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in to create or change a cohort.
 *
 * @param id null for a new cohort
 * @param version the version the administrator saw, for a change; refused if someone saved in between
 * @param country ISO 3166-1 alpha-2 code
 */
public record CohortForm(
        @Nullable Long id,
        long version,
        String name,
        String country,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<String> courseIds,
        Set<Long> reviewerIds) {

    public CohortForm {
        courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
        reviewerIds = reviewerIds == null ? Set.of() : Set.copyOf(reviewerIds);
    }
}
