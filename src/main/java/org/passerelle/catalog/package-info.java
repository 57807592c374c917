/**
 * Courses, their versions, modules and lessons; reads the {@code courses/} folder. Instructors edit courses
 * in the app as drafts that publish like course folders.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"assessment", "identity"})
package org.passerelle.catalog;
