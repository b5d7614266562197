package com.wildrydes.signin;

import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where to send someone after sign-in: only a path on this site. Anything that a browser could read
 * as another site (a scheme, {@code //host}, backslashes, control characters) is refused, so a
 * crafted link cannot turn the sign-in page into an open redirect; so is a path the browser would
 * rewrite into one the firewall refuses ({@code /..//host}, encoded forms).
 */
final class ReturnPath {

    private static final int LONGEST = 2048;
    private static final Set<String> DOT_SEGMENTS = Set.of(".", "..");

    private ReturnPath() {
    }

    static Optional<String> sameSite(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > LONGEST
                || !candidate.startsWith("/") || candidate.startsWith("//") || !plainAscii(candidate)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || !plainPath(uri.getPath())
                    || leadsBackToSignIn(uri.getPath())) {
                return Optional.empty();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static boolean plainAscii(String candidate) {
        return candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
    }

    /**
     * The decoded path as a browser would walk it: no {@code .}/{@code ..} segments and no empty ones
     * ({@code /..//evil.example} becomes {@code //evil.example}, which the firewall refuses), nothing encoded
     * that decodes to a slash, backslash or control character.
     */
    private static boolean plainPath(String decoded) {
        return decoded != null && plainAscii(decoded) && !decoded.contains("//")
                && Arrays.stream(decoded.split("/", -1)).noneMatch(segment -> DOT_SEGMENTS.contains(segment));
    }

    private static boolean leadsBackToSignIn(String path) {
        return path == null || path.startsWith(Routes.SIGN_IN) || path.startsWith(Routes.SIGN_OUT)
                || path.startsWith(Routes.NEW_PASSWORD);
    }

    /**
     * An explicit same-site {@code ?continue}, else the page an anonymous visit was stopped at, else the
     * ride page. Forgets the stopped-at page: it is used once.
     */
    static String afterSignIn(String continueTo, RequestCache requestCache, HttpServletRequest request,
            HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return sameSite(continueTo)
                .or(() -> stoppedAt(saved, request.getContextPath()).flatMap(ReturnPath::sameSite))
                .orElse(Routes.RIDE);
    }

    private static Optional<String> stoppedAt(SavedRequest saved, String contextPath) {
        if (!(saved instanceof DefaultSavedRequest stopped) || !stopped.getRequestURI().startsWith(contextPath)) {
            return Optional.empty();
        }
        String query = stopped.getQueryString();
        return Optional.of(stopped.getRequestURI().substring(contextPath.length()) + (query == null ? "" : "?" + query));
    }
}
