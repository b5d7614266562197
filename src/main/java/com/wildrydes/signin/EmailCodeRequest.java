package com.wildrydes.signin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** "Email me a code" on the sign-in page: only the email counts (the password field, if filled, is not read). */
record EmailCodeRequest(@NotBlank @Email String email) {

    EmailCodeRequest {
        email = email == null ? null : email.strip();
    }
}
