/**
 * Who people are and what they may do: accounts, roles, sign-in with throttling, the audit trail, and
 * the security configuration every view relies on.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.passerelle.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
