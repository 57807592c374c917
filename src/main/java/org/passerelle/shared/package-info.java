/**
 * What every module may use: languages, countries, the clock, the embedded database and small UI pieces.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.passerelle.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
