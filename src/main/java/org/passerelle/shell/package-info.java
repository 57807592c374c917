/** The frame around every page: layout, navigation menu, home pages per role, error pages. Nothing imports it. */
@ApplicationModule(displayName = "Shell")
@NullMarked
package org.passerelle.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
