@NullMarked
package org.passerelle.reporting.ui;

import org.jspecify.annotations.NullMarked;
