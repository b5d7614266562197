package com.wildrydes.admin;

import com.wildrydes.system.Routes;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the administrator is in the users list: the email prefix searched for and Cognito's opaque
 * PaginationToken of the page shown (blank: the first page). Every action form carries both as hidden
 * fields, so its redirect lands on the same page of the same search.
 *
 * @param q    the email prefix, blank for all users
 * @param page the PaginationToken of the page shown, blank for the first page
 */
public record ListPosition(String q, String page) {

    public ListPosition {
        q = q == null ? "" : q.strip();
        page = page == null ? "" : page;
    }

    public boolean firstPage() {
        return page.isEmpty();
    }

    /** The list at this position, e.g. {@code /admin/users?q=ann&page=tok%3D}. */
    public String path() {
        return pathFor(page);
    }

    /** The same search at another page (blank token: its first page). */
    public String pathFor(String pageToken) {
        // Values go in as URI variables so that they are encoded strictly: tokens hold '+', '/' and '='.
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(Routes.ADMIN_USERS);
        Map<String, String> values = new HashMap<>();
        if (!q.isEmpty()) {
            uri.queryParam("q", "{q}");
            values.put("q", q);
        }
        if (pageToken != null && !pageToken.isEmpty()) {
            uri.queryParam("page", "{page}");
            values.put("page", pageToken);
        }
        return uri.encode().buildAndExpand(values).toUriString();
    }

    String redirect() {
        return Routes.redirectTo(path());
    }
}
