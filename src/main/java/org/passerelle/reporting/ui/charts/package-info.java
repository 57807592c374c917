@NullMarked
package org.passerelle.reporting.ui.charts;

import org.jspecify.annotations.NullMarked;
