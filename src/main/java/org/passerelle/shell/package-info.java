/** The frame around every page: layout, navigation menu, home pages per role, error pages. Nothing imports it. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.passerelle.shell;
