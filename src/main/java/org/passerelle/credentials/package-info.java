/**
 * Completion records: issued once per learner and course version when a course is completed, verifiable by
 * anyone at {@code /verify/{id}}, revocable by administrators with a reason.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Credentials",
        allowedDependencies = {"learning", "learning :: ui", "catalog", "identity", "cohorts"})
package org.passerelle.credentials;
