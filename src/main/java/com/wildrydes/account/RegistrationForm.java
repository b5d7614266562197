package com.wildrydes.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The register form. Passwords are never printed and never sent back to the page; whether the two
 * match is checked by the controller so the error sits next to "Confirm password".
 */
record RegistrationForm(
        @NotBlank @Email @Size(max = 128) String email,
        @NotBlank @Size(max = 256) String password,
        @NotBlank String confirmPassword) {

    RegistrationForm {
        email = email == null ? null : email.strip();
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    boolean passwordsDiffer() {
        return password != null && confirmPassword != null && !password.equals(confirmPassword);
    }

    @Override
    public String toString() {
        return "RegistrationForm[email=" + email + "]";
    }
}
