@NullMarked
package org.passerelle.shared.ui;

import org.jspecify.annotations.NullMarked;
