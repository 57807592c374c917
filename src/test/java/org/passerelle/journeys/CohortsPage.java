package org.passerelle.journeys;

import static org.passerelle.cohorts.ui.CohortIds.COHORT_LIST;

/** The administrator's cohorts, with their invitations. */
final class CohortsPage extends Page {

    static final String PATH = "/admin/cohorts";

    CohortsPage(BrowserJourney journey) {
        super(journey);
    }

    CohortsPage open() {
        openAt(PATH, COHORT_LIST);
        return this;
    }
}
