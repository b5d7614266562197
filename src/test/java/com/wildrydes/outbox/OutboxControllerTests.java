package com.wildrydes.outbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = OutboxController.class, properties = "wildrydes.local-pool.active=true")
@Import(SecurityConfiguration.class)
class OutboxControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PoolOutboxClient outbox;

    @MockitoBean
    SiteUserPool pool;

    @Test
    void outboxShowsTheLocalPoolAndAppClientIds() throws Exception {
        given(outbox.newestFirst()).willReturn(List.of());
        given(pool.current()).willReturn(new CognitoPool("ap-northeast-2_AbC123xYz", "abcdefghijklmnopqrstuvwxyz", null));

        mvc.perform(get("/local/outbox"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>ap-northeast-2_AbC123xYz</code>")))
                .andExpect(content().string(containsString("<code>abcdefghijklmnopqrstuvwxyz</code>")));
    }

    @Test
    void outboxShowsEachMessageWithRecipientTimeAndACopyableCode() throws Exception {
        given(outbox.newestFirst()).willReturn(List.of(
                new OutboxEmail("newer@example.com", "Your verification code", "Your verification code is 123456.",
                        Instant.parse("2026-11-27T09:05:03Z")),
                new OutboxEmail("older@example.com", "Your verification code", "Your verification code is 654321.",
                        Instant.parse("2026-11-27T08:00:00Z"))));

        mvc.perform(get("/local/outbox"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>newer@example.com</strong>")))
                .andExpect(content().string(containsString("2026-11-27 09:05:03 UTC")))
                .andExpect(content().string(containsString("<output class=\"code\" id=\"code-0\">123456</output>")))
                .andExpect(content().string(containsString("<output class=\"code\" id=\"code-1\">654321</output>")))
                .andExpect(content().string(containsString("data-copy=\"code-0\"")))
                .andExpect(content().string(containsString("Your verification code is 123456.")));
    }

    @Test
    void outboxWhenPoolUnreachableThenSaysSoKindly() throws Exception {
        given(outbox.newestFirst()).willThrow(new PoolOutboxClient.OutboxUnavailableException("down", null));

        mvc.perform(get("/local/outbox"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The local user pool cannot be reached right now.")))
                .andExpect(content().string(not(containsString("down"))));
    }

    @Test
    void outboxWhenEmptyThenSaysWhereCodesWillAppear() throws Exception {
        given(outbox.newestFirst()).willReturn(List.of());

        mvc.perform(get("/local/outbox"))
                .andExpect(content().string(containsString("No messages yet.")));
    }

    @Test
    void outboxWhenClientIsNotThisMachineThenNotFoundWithoutCodesOrHint() throws Exception {
        given(outbox.newestFirst()).willReturn(List.of(new OutboxEmail("ann@example.com", "Your verification code",
                "Your verification code is 123456.", Instant.parse("2026-11-27T09:05:03Z"))));

        mvc.perform(get("/local/outbox").with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        }))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("123456"))))
                .andExpect(content().string(not(containsString("loopback"))))
                .andExpect(content().string(not(containsString("outbox"))));
        verifyNoInteractions(outbox);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
    void outboxWhenClientIsThisMachineThenShown(String address) throws Exception {
        given(outbox.newestFirst()).willReturn(List.of());

        mvc.perform(get("/local/outbox").with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andExpect(status().isOk()).andExpect(content().string(containsString("No messages yet.")));
    }
}
