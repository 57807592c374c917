package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.Map;

/** A view's {@code @Route} template filled in, for tests of addresses that are written by hand. */
public final class RouteTemplates {

    private RouteTemplates() {}

    /** The view's route with its parameters replaced by the values given; every parameter must be given. */
    public static String filled(Class<?> view, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder address = new StringBuilder();
        for (String segment : view.getAnnotation(Route.class).value().split("/")) {
            String value = segment.startsWith(":") ? values.remove(segment.substring(1)) : segment;
            assertThat(value)
                    .as("a value for %s of %s", segment, view.getSimpleName())
                    .isNotNull();
            address.append(address.isEmpty() ? "" : "/").append(value);
        }
        assertThat(values)
                .as("parameters %s has no place for", view.getSimpleName())
                .isEmpty();
        return address.toString();
    }
}
