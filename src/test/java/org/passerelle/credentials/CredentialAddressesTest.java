package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.RouteTemplates.filled;

import org.junit.jupiter.api.Test;
import org.passerelle.credentials.ui.VerifyView;

class CredentialAddressesTest {

    @Test
    void theVerificationAddressOnCertificatesAndCredentialsIsTheRouteOfTheVerificationPage() {
        assertThat(CredentialAddresses.ofRecord(CredentialAddresses.VERIFICATION, "PSR-7K2M9"))
                .isEqualTo(filled(VerifyView.class, "id", "PSR-7K2M9"));
    }

    @Test
    void aRecordsFilesAreAddressedRelativeToTheAppsBase() {
        assertThat(CredentialAddresses.ofRecord(CredentialAddresses.CERTIFICATE, "PSR-7K2M9"))
                .isEqualTo("records/PSR-7K2M9/certificate.pdf");
        assertThat(CredentialAddresses.ofRecord(CredentialAddresses.JWT, "PSR-7K2M9"))
                .isEqualTo("records/PSR-7K2M9/badge.jwt");
    }
}
