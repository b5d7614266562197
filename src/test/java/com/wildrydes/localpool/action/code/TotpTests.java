package com.wildrydes.localpool.action.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238's and RFC 4648's test vectors, and the window authenticator codes are accepted in. */
class TotpTests {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890"; 8 digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
        "2000000000, 69279037", "20000000000, 65353130"})
    void codeWhenRfc6238Sha1VectorThenSameDigits(long unixSeconds, String expected) {
        byte[] seed = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.code(seed, Totp.step(Instant.ofEpochSecond(unixSeconds)), 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void codeWhenSixDigitsThenTheLastSixOfTheRfcVector() {
        String secret = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    /** RFC 4648 section 10, without the padding. */
    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32WhenRfc4648VectorThenEncodesAndDecodesBack(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(new String(Base32.decode(base32.toLowerCase() + "=="), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void base32WhenNotInTheAlphabetThenRefused() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSecretIsFiftyTwoBase32CharactersOfThirtyTwoBytes() {
        String secret = Totp.newSecret(new SecureRandom());

        assertThat(secret).hasSize(52).matches("[A-Z2-7]+");
        assertThat(Base32.decode(secret)).hasSize(32);
    }

    @Test
    void matchingStepWhenCodeOfTheStepBeforeOrAfterThenAcceptedButTwoStepsAwayRefused() {
        String secret = Totp.newSecret(new SecureRandom());
        Instant now = Instant.parse("2026-11-27T09:00:10Z");
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEqualTo(-1);
    }
}
