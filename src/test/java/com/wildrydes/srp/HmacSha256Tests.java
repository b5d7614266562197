package com.wildrydes.srp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HmacSha256Tests {

    @Test
    void signMatchesRfc4231TestCaseTwoWhetherTheMessageComesWholeOrInParts() {
        byte[] key = "Jefe".getBytes(UTF_8);
        String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

        assertThat(HexFormat.of().formatHex(HmacSha256.sign(key, "what do ya want for nothing?".getBytes(UTF_8))))
                .isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(HmacSha256.sign(key, "what do ya ".getBytes(UTF_8),
                "want for nothing?".getBytes(UTF_8)))).isEqualTo(expected);
    }
}
