/**
 * What every module may use: languages, countries, the clock, the embedded database and small UI pieces.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.passerelle.shared;
