package org.passerelle.credentials.web;

import org.passerelle.credentials.Certificates;
import org.passerelle.credentials.CredentialAddresses;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the certificate of a completion record as a PDF download to those who may have it; everyone else,
 * like an unknown id, gets 404. Signed-out visitors are sent to sign in by the security configuration.
 */
@RestController
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping(CredentialAddresses.CERTIFICATE)
    ResponseEntity<byte[]> certificate(@PathVariable String id) {
        return certificates
                .pdf(id)
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("certificate-" + id + ".pdf")
                                        .build()
                                        .toString())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
