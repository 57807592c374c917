package org.passerelle.credentials.signing;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;

/**
 * The canonical form of a JSON-LD document: its RDF statements as N-Quads, blank nodes labelled by RDFC-1.0
 * (SHA-256). Two documents that say the same thing have the same canonical form, however their JSON is laid out.
 */
final class Canonical {

    private Canonical() {}

    /** @throws IllegalArgumentException if the document is not valid JSON-LD with the shipped contexts */
    static String nquads(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(ShippedContexts.INSTANCE);
        // Like the "safe mode" of JavaScript verifiers: a term no context defines is an error, not dropped.
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
        options.setProduceGeneralizedRdf(false);
        RdfCanon canon = RdfCanon.create("SHA-256");
        StringWriter out = new StringWriter();
        try {
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            canon.provide(new NQuadsWriter(out));
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalArgumentException("not a JSON-LD document Passerelle can read: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
