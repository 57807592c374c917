package org.passerelle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An upload sent as a multipart form is refused before anything parses it; files sent raw pass. */
class RawUploadsTest {

    static final String UPLOAD = "/VAADIN/dynamic/resource/3/5f1c1b7e-7d1a-4d6b-9d61-2a1c5e1f0a11/upload";

    @Test
    void aMultipartUploadIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = post(UPLOAD, "multipart/form-data; boundary=x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new RawUploads().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(chain.getRequest())
                .as("nothing after the filter saw the request")
                .isNull();
    }

    @Test
    void aRawUploadAndOtherRequestsPass() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {
            post(UPLOAD, "text/csv"), post(UPLOAD, null), post("/login", "multipart/form-data; boundary=x")
        }) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = new MockHttpServletResponse();

            new RawUploads().doFilter(request, response, chain);

            assertThat(chain.getRequest()).isSameAs(request);
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private static MockHttpServletRequest post(String uri, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        request.setContent(new byte[1024]);
        return request;
    }
}
