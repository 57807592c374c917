@NullMarked
package org.passerelle.shell.ui;

import org.jspecify.annotations.NullMarked;
