@NullMarked
package org.passerelle.catalog.ui.edit;

import org.jspecify.annotations.NullMarked;
