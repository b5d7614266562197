package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import org.junit.jupiter.api.Test;

/** A port the pool cannot bind is one sentence; "taken" is the usual reason, others are named as they come. */
class PoolPortExceptionTests {

    @Test
    void whenAnotherProcessHasThePortThenTheSentenceSaysStopItOrPickAnother() {
        PoolPortException failure = PoolPortException.of(9229, new BindException("Address already in use"));

        assertThat(failure.getMessage()).isEqualTo("The local pool cannot listen on 127.0.0.1:9229 because another"
                + " process already uses that port; stop that process, or set wildrydes.local-pool.port to another"
                + " port (0 picks a free one).");
        assertThat(failure.port()).isEqualTo(9229);
    }

    @Test
    void whenTheBindFailsForAnotherReasonThenTheSentenceNamesThatReason() {
        PoolPortException failure = PoolPortException.of(80, new BindException("Permission denied"));

        assertThat(failure.getMessage()).isEqualTo("The local pool cannot listen on 127.0.0.1:80 (Permission denied);"
                + " set wildrydes.local-pool.port to another port (0 picks a free one).");
    }
}
