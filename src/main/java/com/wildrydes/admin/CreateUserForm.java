package com.wildrydes.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The "new user" form of the users page: AdminCreateUser with a temporary password the user must
 * replace at their first sign-in. The password is never printed nor sent back to the page.
 */
record CreateUserForm(
        @NotBlank @Email @Size(max = 128) String email,
        @NotBlank @Size(max = 256) String temporaryPassword) {

    CreateUserForm {
        email = email == null ? null : email.strip();
    }

    static CreateUserForm withEmail(String email) {
        return new CreateUserForm(email == null ? "" : email, "");
    }

    @Override
    public String toString() {
        return "CreateUserForm[email=" + email + "]";
    }
}
