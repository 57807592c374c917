@NullMarked
package org.passerelle.credentials.signing;

import org.jspecify.annotations.NullMarked;
