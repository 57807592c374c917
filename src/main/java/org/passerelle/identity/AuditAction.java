package org.passerelle.identity;

/** The kinds of privileged change the audit trail records. */
public enum AuditAction {
    USER_CREATED("audit.action.user-created"),
    USER_UPDATED("audit.action.user-updated"),
    USER_DEACTIVATED("audit.action.user-deactivated"),
    USER_REACTIVATED("audit.action.user-reactivated"),
    PASSWORD_RESET("audit.action.password-reset"),
    PASSWORD_RESET_BY_MAIL("audit.action.password-reset-by-mail"),
    ACCOUNT_LOCKED("audit.action.account-locked"),
    RECORD_REVOKED("audit.action.record-revoked"),
    ACCOUNTS_CREATED_PENDING("audit.action.accounts-created-pending"),
    ACCOUNT_ACTIVATED("audit.action.account-activated"),
    COHORT_BULK_ENROLMENT("audit.action.cohort-bulk-enrolment");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
