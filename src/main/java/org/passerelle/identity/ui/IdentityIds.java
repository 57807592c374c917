package org.passerelle.identity.ui;

/**
 * Ids of the sign-in form, the users and audit pages, account activation and forgotten passwords, shared by the views and the browser
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
    public static final String FORGOT_PASSWORD_LINK = "forgot-password-link";
    public static final String FORGOT = "forgot-password";
    public static final String FORGOT_EMAIL = "forgot-email";
    public static final String FORGOT_SUBMIT = "forgot-submit";
    public static final String FORGOT_MESSAGE = "forgot-message";
    public static final String RESET = "reset-password";
    public static final String RESET_ACCOUNT = "reset-account";
    public static final String RESET_PASSWORD = "reset-password-field";
    public static final String RESET_REPEAT = "reset-repeat";
    public static final String RESET_SUBMIT = "reset-submit";
    public static final String RESET_MESSAGE = "reset-message";
    public static final String RESET_INVALID = "reset-invalid";
    public static final String RESET_DONE = "reset-done";
    public static final String RESET_SIGN_IN = "reset-sign-in";

    private IdentityIds() {}
}
