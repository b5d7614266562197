package com.wildrydes.cognito.directory;

import java.util.List;

/**
 * One page of the user directory.
 *
 * @param users     at most {@link UserDirectory#PAGE_SIZE} users, in Cognito's order
 * @param nextToken Cognito's PaginationToken for the next page, or null on the last page
 */
public record UserPage(List<DirectoryUser> users, String nextToken) {

    public UserPage {
        users = List.copyOf(users);
    }

    public boolean hasNext() {
        return nextToken != null;
    }
}
