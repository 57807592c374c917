/**
 * Reports on cohorts for the people who run them: rosters (who, how far, completed when, which record) and
 * their exports as CSV, XLSX and a printable PDF. The read side: it writes nothing.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"assessment", "catalog", "cohorts", "credentials", "identity", "learning"})
@NullMarked
package org.passerelle.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
