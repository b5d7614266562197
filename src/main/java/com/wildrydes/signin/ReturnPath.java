package com.wildrydes.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to send someone after sign-in: only a path on this site. Anything that a browser could read
 * as another site (a scheme, {@code //host}, backslashes, control characters) is refused, so a
 * crafted link cannot turn the sign-in page into an open redirect.
 */
final class ReturnPath {

    static final String AFTER_SIGN_IN = "/ride";
    private static final int LONGEST = 2048;

    private ReturnPath() {
    }

    static Optional<String> sameSite(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > LONGEST
                || !candidate.startsWith("/") || candidate.startsWith("//") || !plainAscii(candidate)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || leadsBackToSignIn(uri.getPath())) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static boolean plainAscii(String candidate) {
        return candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
    }

    private static boolean leadsBackToSignIn(String path) {
        return path == null || path.startsWith("/signin") || path.startsWith("/signout");
    }
}
