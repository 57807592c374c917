@NullMarked
package org.passerelle.cohorts.ui;

import org.jspecify.annotations.NullMarked;
