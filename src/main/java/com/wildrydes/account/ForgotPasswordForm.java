package com.wildrydes.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forgot-password form: only the email the reset code goes to. */
record ForgotPasswordForm(@NotBlank @Email @Size(max = 128) String email) {

    ForgotPasswordForm {
        email = email == null ? null : email.strip();
    }

    static ForgotPasswordForm withEmail(String email) {
        return new ForgotPasswordForm(email == null ? "" : email);
    }
}
