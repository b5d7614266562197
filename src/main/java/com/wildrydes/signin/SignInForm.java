package com.wildrydes.signin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The sign-in form. The password is never printed and never sent back to the page. */
record SignInForm(@NotBlank @Email String email, @NotBlank String password) {

    SignInForm {
        email = email == null ? null : email.strip();
    }

    static SignInForm withEmail(String email) {
        return new SignInForm(email == null ? "" : email, "");
    }

    @Override
    public String toString() {
        return "SignInForm[email=" + email + "]";
    }
}
