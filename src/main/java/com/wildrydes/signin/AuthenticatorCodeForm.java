package com.wildrydes.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Six digits from the rider's authenticator app; spaces are dropped (apps show "123 456"). Never printed. */
public record AuthenticatorCodeForm(@NotBlank @Pattern(regexp = "\\d{6}") String code) {

    public AuthenticatorCodeForm {
        code = code == null ? null : code.replaceAll("\\s", "");
    }

    public static AuthenticatorCodeForm empty() {
        return new AuthenticatorCodeForm("");
    }

    @Override
    public String toString() {
        return "AuthenticatorCodeForm[]";
    }
}
