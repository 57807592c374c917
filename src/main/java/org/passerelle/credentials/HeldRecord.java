package org.passerelle.credentials;

/** A completion record with the account that holds it, for the organiser's rosters. */
public record HeldRecord(long userId, RecordSummary record) {}
