package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"/ride", "/ride?from=email", "/account/settings", "/admin/users?page=2#top"})
    void whenPathOnThisSiteThenAccepted(String path) {
        assertThat(ReturnPath.sameSite(path)).contains(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/ride", "//evil.example", "/\\evil.example", "\\\\evil.example",
        "javascript:alert(1)", "ride", "/ride\r\nSet-Cookie: x=y", "/%0d%0a\u3000", "http:/evil.example",
        "/signin", "/signin?continue=/ride", "/signout", "/..//evil.example", "/ride/..//evil.example",
        "/./ride", "/%2e%2e//evil.example", "/%2E%2E/%2Fevil.example", "/%2f%2fevil.example", "/%5cevil.example",
        "/ride%00", "/ride%0d%0aSet-Cookie:x", "/ride%", "/ride%zz", "/ride/%2e", "/ride//", "/\t/evil"})
    void whenAnotherSiteOrNotAPathThenRefused(String candidate) {
        assertThat(ReturnPath.sameSite(candidate)).isEmpty();
    }

    @Test
    void whenAbsurdlyLongThenRefused() {
        assertThat(ReturnPath.sameSite("/" + "a".repeat(3000))).isEmpty();
    }
}
