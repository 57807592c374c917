package org.passerelle.credentials;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/** JSON laid out for people who open a downloaded credential in a text editor. */
final class PrettyJson {

    private static final JsonWriterFactory WRITERS =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private PrettyJson() {}

    static String of(JsonStructure json) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip() + "\n";
    }
}
