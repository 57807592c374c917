/** The Outbox page. */
@NullMarked
package org.passerelle.mail.ui;

import org.jspecify.annotations.NullMarked;
