package com.wildrydes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The error page is the site's own, in the layout, and never shows what went wrong inside. */
@WebMvcTest(HomeController.class)
@Import({SecurityConfiguration.class, ErrorPagesTests.FailingController.class})
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

    private static final String INTERNAL_DETAIL = "SQL password=hunter2 at com.wildrydes.Secret";

    @Autowired
    MockMvc mvc;

    @Test
    void whenAPageFailsUnexpectedlyThenFriendlyPageWithoutDetails() throws Exception {
        mvc.perform(post("/fail").with(csrf()).with(user("rider")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Our unicorn stumbled")))
                .andExpect(content().string(containsString("class=\"site-header\"")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at com."))));
    }

    @Test
    void whenAnAssetIsMissingThenNotFoundPage() throws Exception {
        mvc.perform(get("/css/missing.css"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This trail leads nowhere")));
    }

    @Test
    void containerErrorsRenderTheSamePageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(INTERNAL_DETAIL))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/ride"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Our unicorn stumbled")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void forbiddenRendersAKindPageInKorean() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header("Accept-Language", "ko")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/signout"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("이 문은 닫혀 있습니다")));
    }

    @Test
    void wrongMethodThenMethodNotAllowedPageNamingTheAllowedOne() throws Exception {
        mvc.perform(get("/fail").with(user("rider")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(content().string(containsString("This page does not take that kind of request")))
                .andExpect(content().string(containsString("class=\"site-header\"")));
    }

    @Test
    void parameterOfTheWrongTypeThenBadRequestPageAndNothingLogged(CapturedOutput log) throws Exception {
        int logFrom = log.getAll().length(); // the capture holds the whole class's output
        mvc.perform(post("/typed").with(csrf()).with(user("rider")).param("count", "<many>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("We could not read that")))
                .andExpect(content().string(not(containsString("<many>"))));
        assertThat(log.getAll().substring(logFrom)).doesNotContain("Unexpected failure");
    }

    @Test
    void parameterNameTheFirewallRefusesThenBadRequestPage() throws Exception {
        mvc.perform(post("/typed").with(csrf()).with(user("rider")).param("count\u0007", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("We could not read that")));
    }

    @Test
    void formTooLargeRendersAKindPageInKorean() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header("Accept-Language", "ko")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/register"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("양식이 너무 큽니다")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/fail")).andExpect(status().isForbidden());
    }

    @Controller
    static class FailingController {
        @PostMapping("/fail")
        String fail() {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }

        @PostMapping("/typed")
        String typed(@RequestParam int count) {
            return "home";
        }
    }
}
