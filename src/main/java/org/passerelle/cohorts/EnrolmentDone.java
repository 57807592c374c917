package org.passerelle.cohorts;

import java.util.List;
import org.passerelle.identity.ActivationCode;

/**
 * What confirming an enrolment file did, in one transaction.
 *
 * @param created the accounts created, each with its one-time activation code (shown this once)
 * @param existing how many people who had an account already were added
 */
public record EnrolmentDone(long cohortId, String cohortName, List<ActivationCode> created, int existing) {}
