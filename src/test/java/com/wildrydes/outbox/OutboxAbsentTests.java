package com.wildrydes.outbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OutboxController.class)
@Import(SecurityConfiguration.class)
class OutboxAbsentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void whenNoLocalPoolThenThereIsNoOutboxPage() throws Exception {
        mvc.perform(get("/local/outbox")).andExpect(status().isNotFound());
    }
}
