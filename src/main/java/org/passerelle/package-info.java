@NullMarked
package org.passerelle;

import org.jspecify.annotations.NullMarked;
