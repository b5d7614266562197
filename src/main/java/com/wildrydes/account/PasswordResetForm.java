package com.wildrydes.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The reset-password form: the email, the emailed code and the new password twice. Asking for a new
 * code checks only the email ({@link EmailOnly}). Passwords are never printed nor sent back to the page.
 */
record PasswordResetForm(
        @NotBlank(groups = {Default.class, EmailOnly.class}) @Email(groups = {Default.class, EmailOnly.class})
        String email,
        @NotNull @Pattern(regexp = "\\d{6}") String code,
        @NotBlank @Size(max = 256) String password,
        @NotBlank String confirmPassword) {

    /** The validation group of the "Send a new code" button. */
    interface EmailOnly {
    }

    PasswordResetForm {
        email = email == null ? null : email.strip();
        code = code == null ? null : code.replaceAll("\\s", "");
    }

    static PasswordResetForm withEmail(String email) {
        return new PasswordResetForm(email == null ? "" : email, "", "", "");
    }

    boolean passwordsDiffer() {
        return password != null && confirmPassword != null && !password.equals(confirmPassword);
    }

    @Override
    public String toString() {
        return "PasswordResetForm[email=" + email + "]";
    }
}
