package org.passerelle.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created on a real database when none exists yet. There is no default password: without
 * these settings no administrator is created and the log says how to create one.
 */
@ConfigurationProperties("passerelle.admin")
record FirstAdministrator(String username, String email, String password, String displayName) {}
