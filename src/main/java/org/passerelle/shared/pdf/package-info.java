@NullMarked
package org.passerelle.shared.pdf;

import org.jspecify.annotations.NullMarked;
