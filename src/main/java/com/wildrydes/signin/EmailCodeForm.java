package com.wildrydes.signin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The code page's form: the code from the sign-in email (Cognito's are 8 digits). Spaces pasted inside are dropped. */
record EmailCodeForm(@NotNull @Pattern(regexp = "\\d{6,8}") String code) {

    EmailCodeForm {
        code = code == null ? null : code.replaceAll("\\s", "");
    }

    static EmailCodeForm empty() {
        return new EmailCodeForm("");
    }

    @Override
    public String toString() {
        return "EmailCodeForm[****]";
    }
}
