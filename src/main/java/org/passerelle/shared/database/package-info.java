@NullMarked
package org.passerelle.shared.database;

import org.jspecify.annotations.NullMarked;
