package org.passerelle.bench.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The server's live objects after a full collection, read with {@code jcmd <pid> GC.class_histogram} (which
 * collects first): bytes in all, and per class.
 */
record LiveHeap(long bytes, Map<String, long[]> classes) {

    static LiveHeap of(ServerUnderLoad server) throws Exception {
        server.jcmd("GC.run");
        String histogram = server.jcmd("GC.class_histogram");
        Map<String, long[]> classes = new HashMap<>();
        long total = 0;
        for (String line : histogram.lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            // Filler arrays are the collector's padding of free space, not objects anyone holds.
            if (parts.length >= 4 && parts[0].endsWith(":") && !parts[3].contains("FillerElement")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                total += Long.parseLong(parts[2]);
            }
        }
        return new LiveHeap(total, classes);
    }

    long instances(String className) {
        return classes.getOrDefault(className, new long[2])[0];
    }

    /** Vaadin UIs alive: the app uses Flow's UI class itself. */
    long uis() {
        return instances("com.vaadin.flow.component.UI");
    }

    long sessions() {
        return instances("org.apache.catalina.session.StandardSession");
    }

    /** The classes that grew most between two readings, with bytes per session. */
    String growth(LiveHeap before, int sessions, int limit) {
        StringBuilder lines = new StringBuilder();
        classes.entrySet().stream()
                .map(e -> Map.entry(
                        e.getKey(), e.getValue()[1] - before.classes.getOrDefault(e.getKey(), new long[2])[1]))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(limit)
                .forEach(e -> lines.append(
                        String.format("%n    %8.1f KB/session  %s", e.getValue() / 1024.0 / sessions, e.getKey())));
        return lines.toString();
    }

    static Map<String, long[]> empty() {
        return new HashMap<>();
    }
}
