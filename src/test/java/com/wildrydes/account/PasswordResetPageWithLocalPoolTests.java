package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = PasswordResetController.class, properties = "wildrydes.local-pool.active=true")
@Import(SecurityConfiguration.class)
class PasswordResetPageWithLocalPoolTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasswords cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void whenLocalPoolRunsThenResetPageLinksToTheOutbox() throws Exception {
        mvc.perform(get("/reset-password"))
                .andExpect(content().string(containsString("<a href=\"/local/outbox\">Open the local outbox")));
    }
}
