package com.wildrydes.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;

/**
 * The verify form: the email and the 6-digit code from the email. Resending a code checks only the
 * email ({@link EmailOnly}). Spaces people paste inside the code are dropped.
 */
record VerificationForm(
        @NotBlank(groups = {Default.class, EmailOnly.class}) @Email(groups = {Default.class, EmailOnly.class})
        String email,
        @NotNull @Pattern(regexp = "\\d{6}") String code) {

    /** The validation group of the "Resend code" button. */
    interface EmailOnly {
    }

    VerificationForm {
        email = email == null ? null : email.strip();
        code = code == null ? null : code.replaceAll("\\s", "");
    }

    static VerificationForm withEmail(String email) {
        return new VerificationForm(email == null ? "" : email, "");
    }

    @Override
    public String toString() {
        return "VerificationForm[email=" + email + "]";
    }
}
