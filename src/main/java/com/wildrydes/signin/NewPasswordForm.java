package com.wildrydes.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forced new-password form: the new password twice. Never printed, never sent back to the page. */
record NewPasswordForm(@NotBlank @Size(max = 256) String password, @NotBlank String confirmPassword) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }

    boolean passwordsDiffer() {
        return password != null && confirmPassword != null && !password.equals(confirmPassword);
    }

    @Override
    public String toString() {
        return "NewPasswordForm[]";
    }
}
