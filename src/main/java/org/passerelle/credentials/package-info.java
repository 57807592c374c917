/**
 * Completion records: issued once per learner and course version when a course is completed, verifiable by
 * anyone at {@code /verify/{id}}, revocable by administrators with a reason.
 */
@ApplicationModule(
        displayName = "Credentials",
        allowedDependencies = {"learning", "learning :: ui", "catalog", "identity", "cohorts"})
@NullMarked
package org.passerelle.credentials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
