@NullMarked
package org.passerelle.catalog.ui;

import org.jspecify.annotations.NullMarked;
