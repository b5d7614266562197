package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps a signed-in session honest on every request: tokens refreshed shortly before the access token
 * expires, the user rechecked with Cognito when {@link SessionRevalidation} says a check is due, and the
 * session ended when refresh or that check is refused (revoked, disabled, deleted, expired) or a limit of
 * {@link SessionSettings} is reached. An ended session lands on /signin and returns here afterwards.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    static final String SESSION_ENDED_NOTICE = "notice.sessionEnded";

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final SessionSettings settings;
    private final Clock clock;
    private final SessionRevalidation revalidation;

    SessionLimitsFilter(CognitoAuthService cognito, SignedInSession signedInSession, RequestCache requestCache,
            SessionSettings settings, Clock clock) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.settings = settings;
        this.clock = clock;
        this.revalidation = new SessionRevalidation(cognito, settings.revalidateInterval(), clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
        }
        if (pastAbsoluteLimit(session) || !freshEnough(user, request, response)
                || !revalidation.stillValid(currentUser(user), session)) {
            endSession(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean pastAbsoluteLimit(HttpSession session) {
        Object signedInAt = session == null ? null : session.getAttribute(SignedInSession.SIGNED_IN_AT);
        return signedInAt instanceof Instant since
                && !clock.instant().isBefore(since.plus(settings.absoluteTimeout()));
    }

    /** Refreshes when due; false when the session cannot go on with the tokens it has. */
    private boolean freshEnough(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        Instant accessExpiresAt = user.identity().accessExpiresAt();
        if (now.isBefore(accessExpiresAt.minus(REFRESH_AHEAD))) {
            return true;
        }
        try {
            signedInSession.renew(SignedInUser.of(cognito.refresh(user.tokens(), user.identity())), request,
                    response);
            revalidation.checkedAt(request.getSession(false), now);
            return true;
        } catch (CognitoAuthException failure) {
            boolean refused = failure.failure() == CognitoFailureReason.NOT_AUTHORIZED
                    || failure.failure() == CognitoFailureReason.USER_NOT_FOUND;
            // Cognito unreachable: carry on while the access token still holds, try again next request
            return !refused && now.isBefore(accessExpiresAt);
        }
    }

    /** The principal as it now stands: a refresh above replaces it (and its access token). */
    private static SignedInUser currentUser(SignedInUser before) {
        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        return now != null && now.getPrincipal() instanceof SignedInUser renewed ? renewed : before;
    }

    /** Ends the session, remembers this page (GETs only) and says why on the sign-in page. */
    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedInSession.end(request, response);
        requestCache.saveRequest(request, response);
        FlashMap flash = new FlashMap();
        flash.put(Notice.FLASH_NAME, Notice.warning(SESSION_ENDED_NOTICE));
        flash.setTargetRequestPath(request.getContextPath() + Routes.SIGN_IN);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + Routes.SIGN_IN);
    }
}
