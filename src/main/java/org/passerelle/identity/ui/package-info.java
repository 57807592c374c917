@NullMarked
package org.passerelle.identity.ui;

import org.jspecify.annotations.NullMarked;
