package com.wildrydes.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form on /account: the current password and the new one twice. None is ever printed. */
record ChangePasswordForm(
        @NotBlank @Size(max = 256) String currentPassword,
        @NotBlank @Size(max = 256) String password,
        @NotBlank String confirmPassword) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }

    boolean passwordsDiffer() {
        return password != null && confirmPassword != null && !password.equals(confirmPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordForm[]";
    }
}
