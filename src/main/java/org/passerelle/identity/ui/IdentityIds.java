package org.passerelle.identity.ui;

/**
 * Ids of the sign-in form, the users and audit pages and account activation, shared by the views and the browser
 * journeys that drive them.
 */
public final class IdentityIds {

    public static final String SIGN_IN = "sign-in";
    /** On the sign-in page, the institution that runs the platform. */
    public static final String RUN_BY = "run-by";

    public static final String SIGN_IN_ERROR = "sign-in-error";
    public static final String USERS = "users";
    public static final String USER_SEARCH = "user-search";
    public static final String NEW_USER = "new-user";
    public static final String USER_USERNAME = "user-username";
    public static final String USER_DISPLAY_NAME = "user-display-name";
    public static final String USER_EMAIL = "user-email";
    public static final String USER_COUNTRY = "user-country";
    public static final String USER_PASSWORD = "user-password";
    public static final String USER_SAVE = "user-save";
    public static final String AUDIT_LOG = "audit-log";
    public static final String ACTIVATE_ACCOUNT = "activate-account";
    public static final String ACTIVATE_PASSWORD = "activate-password";
    public static final String ACTIVATE_REPEAT = "activate-repeat";
    public static final String ACTIVATE_DONE = "activate-done";
    public static final String ACTIVATE = "activate";

    private IdentityIds() {}
}
