package com.wildrydes.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * would: a new session id and CSRF token, then the security context saved in the session.
 */
@Component
public class SignedInSession {

    private final SessionAuthenticationStrategy signInSessionStrategy;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInSession(SessionAuthenticationStrategy signInSessionStrategy, SecurityContextRepository contexts) {
        this.signInSessionStrategy = signInSessionStrategy;
        this.contexts = contexts;
    }

    public void begin(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.authorities());
        signInSessionStrategy.onAuthentication(authentication, request, response);
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
