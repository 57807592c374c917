@NullMarked
package org.passerelle.credentials.ui;

import org.jspecify.annotations.NullMarked;
