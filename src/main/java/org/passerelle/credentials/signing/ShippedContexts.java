package org.passerelle.credentials.signing;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The JSON-LD contexts credentials use, shipped inside the app; any other address is refused, so that
 * signing and checking never fetch anything from the network (nor let a document make the server do so).
 */
public final class ShippedContexts implements DocumentLoader {

    /** The W3C Verifiable Credentials 2.0 context (it also defines Data Integrity and Bitstring Status List). */
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0.3 context. */
    public static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    static final ShippedContexts INSTANCE = new ShippedContexts();

    private final Map<String, JsonDocument> documents =
            Map.of(VC_V2, load(VC_V2, "credentials-v2.jsonld"), OB_V3, load(OB_V3, "ob-v3p0-context-3.0.3.json"));

    private ShippedContexts() {}

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not a context shipped with Passerelle: " + url);
        }
        return document;
    }

    private static JsonDocument load(String url, String file) {
        try (InputStream in = ShippedContexts.class.getResourceAsStream("/credentials/contexts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the shipped context " + file + " is missing");
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("the shipped context " + file + " is not JSON", e);
        }
    }
}
