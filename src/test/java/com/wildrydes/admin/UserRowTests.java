package com.wildrydes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.directory.DirectoryUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A line of the users table: badges, dates and the actions offered. */
class UserRowTests {

    private static final String VIEWER = TestAdmins.ADMIN_SUB;

    @ParameterizedTest
    @ValueSource(strings = {"UNCONFIRMED", "CONFIRMED", "FORCE_CHANGE_PASSWORD", "RESET_REQUIRED"})
    void knownStatusHasABadgeInEnglishAndKorean(String status) {
        UserRow row = rowOf(TestAdmins.user("ann@example.com", status), List.of(), Locale.ENGLISH);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(row.statusKey()).isEqualTo("admin.status." + status);
        assertThat(messages.getMessage(row.statusKey(), null, Locale.KOREAN)).containsPattern("\\p{IsHangul}");
        assertThat(messages.getMessage(row.statusKey(), null, Locale.ENGLISH)).doesNotContain("_");
    }

    @Test
    void unknownStatusShowsAsCognitoNamesIt() {
        UserRow row = rowOf(TestAdmins.user("ann@example.com", "EXTERNAL_PROVIDER"), List.of(), Locale.ENGLISH);

        assertThat(row.statusKey()).isEqualTo("admin.status.other");
        assertThat(row.statusClass()).isEqualTo("badge--other");
    }

    @Test
    void unconfirmedMemberOfAdminsCanBeConfirmedDisabledDemotedAndDeleted() {
        UserRow row = rowOf(TestAdmins.user("ann@example.com", "UNCONFIRMED"), List.of("admins"), Locale.ENGLISH);

        assertThat(row.admin()).isTrue();
        assertThat(row.actions()).containsExactly(UserAction.CONFIRM, UserAction.DISABLE, UserAction.REMOVE_ADMIN,
                UserAction.DELETE);
    }

    @Test
    void disabledUserCanBeEnabledAndMadeAdmin() {
        UserRow row = rowOf(TestAdmins.disabledUser("dee@example.com"), List.of("riders"), Locale.ENGLISH);

        assertThat(row.actions()).containsExactly(UserAction.ENABLE, UserAction.MAKE_ADMIN, UserAction.DELETE);
    }

    @Test
    void datesAreWrittenInTheReadersLanguageInUtc() {
        DirectoryUser ann = TestAdmins.user("ann@example.com", "CONFIRMED");

        assertThat(rowOf(ann, List.of(), Locale.ENGLISH).createdText()).isEqualTo("Nov 27, 2026, 9:05:03 AM UTC");
        assertThat(rowOf(ann, List.of(), Locale.KOREAN).createdText()).startsWith("2026. 11. 27.").endsWith(" UTC");
    }

    @Test
    void userWithoutEmailIsCalledByUsername() {
        DirectoryUser nameless = new DirectoryUser("u-123", null, "CONFIRMED", false, true, null, null);

        UserRow row = rowOf(nameless, List.of(), Locale.ENGLISH);

        assertThat(row.label()).isEqualTo("u-123");
        assertThat(row.createdText()).isEmpty();
    }

    @Test
    void ownRowOffersNothingThatLocksTheAdminOut() {
        DirectoryUser me = new DirectoryUser(VIEWER, TestAdmins.ADMIN_EMAIL, "CONFIRMED", true, true, null, null);

        UserRow row = UserRow.of(me, List.of("admins"), VIEWER, Locale.ENGLISH);

        assertThat(row.self()).isTrue();
        assertThat(row.actions()).isEmpty();
    }

    private static UserRow rowOf(DirectoryUser user, List<String> groups, Locale locale) {
        return UserRow.of(user, groups, VIEWER, locale);
    }
}
