package org.passerelle.credentials;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The records many people hold in some courses, for the organiser's rosters. */
@Service
public class RecordsOfPeople {

    private final CompletionRecords records;

    RecordsOfPeople(CompletionRecords records) {
        this.records = records;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public List<HeldRecord> of(List<Long> userIds, Collection<String> courseIds) {
        List<HeldRecord> found = new ArrayList<>();
        if (courseIds.isEmpty()) {
            return found;
        }
        for (int from = 0; from < userIds.size(); from += 500) {
            records
                    .findByUserIdInAndCourseIdIn(userIds.subList(from, Math.min(userIds.size(), from + 500)), courseIds)
                    .stream()
                    .map(record -> new HeldRecord(record.userId(), record.view()))
                    .forEach(found::add);
        }
        return found;
    }
}
