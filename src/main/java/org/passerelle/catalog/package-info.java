/**
 * Courses, their versions, modules and lessons; reads the {@code courses/} folder. Today: reading and
 * validating course folders. Import, versions and the catalog views come next.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"assessment"})
package org.passerelle.catalog;
