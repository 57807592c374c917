/**
 * Who people are and what they may do: accounts, roles, sign-in with throttling, the audit trail, and
 * the security configuration every view relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.passerelle.identity;
