package com.wildrydes.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the signed-in state of the HTTP session, doing what Spring's own login filter
 * would: a new session id and CSRF token, then the security context saved in the session, then the rider's AWS
 * credentials when the site has an identity pool ({@link SessionAwsIdentity}; its failure blocks nothing).
 */
@Component
public class SignedInSession {

    /** Session attribute: the {@code Instant} of sign-in, for {@link SessionSettings#absoluteTimeout()}. */
    public static final String SIGNED_IN_AT = SignedInSession.class.getName() + ".SIGNED_IN_AT";

    private final SessionAuthenticationStrategy signInSessionStrategy;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private final ObjectProvider<SessionAwsIdentity> awsIdentity;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInSession(SessionAuthenticationStrategy signInSessionStrategy, SecurityContextRepository contexts,
            Clock clock, ObjectProvider<SessionAwsIdentity> awsIdentity) {
        this.signInSessionStrategy = signInSessionStrategy;
        this.contexts = contexts;
        this.clock = clock;
        this.awsIdentity = awsIdentity;
    }

    public void begin(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.authorities());
        signInSessionStrategy.onAuthentication(authentication, request, response);
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        save(authentication, request, response);
        // every way of signing in ends here; absent only in page slices that leave the identity pool out
        awsIdentity.ifAvailable(identity -> identity.obtain(user, request.getSession()));
    }

    /** The same session with refreshed tokens: no new session id, the sign-in time kept. */
    public void renew(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()), request, response);
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Forgets the user and invalidates the whole session (tokens included). */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextRepository(contexts);
        logout.logout(request, response, holder.getContext().getAuthentication());
    }
}
