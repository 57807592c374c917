package org.passerelle.credentials;

import org.passerelle.learning.CourseCompleted;
import org.passerelle.shared.AsPlatform;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a record when a course is completed. The event publication is stored with the completion, so a
 * record whose issuing a crash interrupted is issued at the next start.
 */
@Component
class RecordIssuer {

    private final Credentials credentials;
    private final AsPlatform platform;

    RecordIssuer(Credentials credentials, AsPlatform platform) {
        this.credentials = credentials;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completion) {
        platform.run(() -> credentials.issue(completion));
    }
}
