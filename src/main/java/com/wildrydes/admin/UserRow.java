package com.wildrydes.admin;

import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.provision.PoolSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of the users table: the user as Cognito lists them, whether they are an administrator,
 * and their dates written the reader's way (in UTC: the server does not know the reader's zone).
 */
public record UserRow(DirectoryUser user, boolean admin, boolean self, String createdText, String lastModifiedText) {

    /** The statuses with a badge of their own; any other shows as Cognito names it. */
    private static final Set<String> KNOWN_STATUSES = Set.of(
            "UNCONFIRMED", "CONFIRMED", "FORCE_CHANGE_PASSWORD", "RESET_REQUIRED");

    /** @param viewer the Cognito username of the administrator looking at the list */
    static UserRow of(DirectoryUser user, List<String> groups, String viewer, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        return new UserRow(user, groups.contains(PoolSpec.ADMINS_GROUP), user.username().equals(viewer),
                format(user.created(), dates), format(user.lastModified(), dates));
    }

    /** What to call the user on the page: the email, or Cognito's username when there is none. */
    public String label() {
        return user.email() == null ? user.username() : user.email();
    }

    /** Message key of the status badge, e.g. {@code admin.status.CONFIRMED}; {@code admin.status.other} if unknown. */
    public String statusKey() {
        return KNOWN_STATUSES.contains(user.status()) ? "admin.status." + user.status() : "admin.status.other";
    }

    /** CSS modifier of the badge: unknown statuses look neutral. */
    public String statusClass() {
        return "badge--" + (KNOWN_STATUSES.contains(user.status()) ? user.status().toLowerCase(Locale.ROOT) : "other");
    }

    /** The actions that make sense for this user now, in the order the row shows them; none that lock you out. */
    public List<UserAction> actions() {
        List<UserAction> actions = new ArrayList<>();
        if ("UNCONFIRMED".equals(user.status())) {
            actions.add(UserAction.CONFIRM);
        }
        actions.add(user.enabled() ? UserAction.DISABLE : UserAction.ENABLE);
        actions.add(admin ? UserAction.REMOVE_ADMIN : UserAction.MAKE_ADMIN);
        actions.add(UserAction.DELETE);
        actions.removeIf(action -> self && action.locksOutSelf());
        return actions;
    }

    private static String format(Instant time, DateTimeFormatter dates) {
        return time == null ? "" : dates.format(time) + " UTC";
    }
}
