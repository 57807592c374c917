package org.passerelle.cohorts;

import java.time.Instant;

/** An invitation code as administrators hand it out: until when, and how many of its uses are taken. */
public record InvitationView(String code, long cohortId, Instant expiresAt, int maxUses, int uses) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(
                invitation.code(),
                invitation.cohortId(),
                invitation.expiresAt(),
                invitation.maxUses(),
                invitation.uses());
    }
}
