package org.passerelle.credentials;

import org.passerelle.learning.CourseCompleted;
import org.passerelle.shared.RunAs;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a record when a course is completed. The event publication is stored with the completion, so a
 * record whose issuing a crash interrupted is issued at the next start.
 */
@Component
class RecordIssuer {

    private final Credentials credentials;
    private final RunAs runAs;

    RecordIssuer(Credentials credentials, RunAs runAs) {
        this.credentials = credentials;
        this.runAs = runAs;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completion) {
        runAs.platform(() -> credentials.issue(completion));
    }
}
