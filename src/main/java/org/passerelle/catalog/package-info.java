/**
 * Courses, their versions, modules and lessons; reads the {@code courses/} folder. Instructors edit courses
 * in the app as drafts that publish like course folders.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"assessment", "identity"})
@NullMarked
package org.passerelle.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
