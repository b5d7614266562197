package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = VerificationController.class, properties = "wildrydes.local-pool.active=true")
@Import(SecurityConfiguration.class)
class VerificationPageWithLocalPoolTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    CognitoRegistration registration;

    @MockitoBean // verifying may sign the rider in (SignUp's Session): not what these tests look at
    SignedInSession signedInSession;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void whenLocalPoolRunsThenVerifyPageLinksToTheOutbox() throws Exception {
        mvc.perform(get("/verify"))
                .andExpect(content().string(containsString("<a href=\"/local/outbox\">Open the local outbox")));
    }
}
