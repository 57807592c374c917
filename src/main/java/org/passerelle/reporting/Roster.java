package org.passerelle.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cohort's members and where each stands in each of its courses, as of a moment. */
public record Roster(
        long cohortId,
        String cohortName,
        String country,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant asOf,
        List<RosterLine> lines) {}
