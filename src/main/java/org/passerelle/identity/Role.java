package org.passerelle.identity;

/** What a person does on the platform. A reviewer reviews the cohorts of their own country. */
public enum Role {
    LEARNER("role.learner"),
    INSTRUCTOR("role.instructor"),
    REVIEWER("role.reviewer"),
    ADMIN("role.admin");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The translation key of the role's name. */
    public String labelKey() {
        return labelKey;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
