package org.passerelle.journeys;

import static org.passerelle.cohorts.ui.CohortIds.JOIN_CODE;
import static org.passerelle.cohorts.ui.CohortIds.JOIN_RESULT;
import static org.passerelle.cohorts.ui.CohortIds.JOIN_SUBMIT;

import org.openqa.selenium.Keys;

/** Joining a cohort with an invitation's link or code. */
final class JoinPage extends Page {

    static final String PATH = "/join";

    JoinPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens an invitation's link, and returns what the page says of it. */
    String follow(String code) {
        openAt(PATH + "/" + code, JOIN_RESULT);
        return text(JOIN_RESULT);
    }

    /** Opens the page, types a code and sends it; returns what the page says of it. */
    String enter(String code) {
        openAt(PATH, JOIN_CODE);
        element(JOIN_CODE).sendKeys(code, Keys.TAB);
        click(JOIN_SUBMIT);
        until(d -> has(JOIN_RESULT));
        return text(JOIN_RESULT);
    }
}
