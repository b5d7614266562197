package com.wildrydes.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A session store that cannot be reached (Redis down, timing out) becomes a 503 page in the site's look, in the
 * reader's language, with nothing of the failed page sent before it. The site has no database, so a
 * {@link DataAccessException} anywhere in the chain can only be the session store.
 */
class SessionStoreUnavailableFilter extends OncePerRequestFilter {

    static final String UNAVAILABLE_VIEW = "operations/unavailable";
    /** A visitor or a load balancer may try again this soon: Lettuce reconnects within seconds. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(SessionStoreUnavailableFilter.class);

    private final ViewResolver views;
    private final LocaleResolver languages;

    SessionStoreUnavailableFilter(ViewResolver views, LocaleResolver languages) {
        this.views = views;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            DataAccessException storeFailure = storeFailureIn(failure);
            if (storeFailure == null || response.isCommitted()) {
                throw failure;
            }
            log.warn("Session store unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    storeFailure.getClass().getSimpleName());
            log.debug("Session store failure", failure);
            showUnavailable(request, response);
        }
    }

    /** The session store's failure, however deep Spring wrapped it. */
    static DataAccessException storeFailureIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException storeFailure) {
                return storeFailure;
            }
        }
        return null;
    }

    private void showUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.reset(); // whatever the failed page had buffered, headers included, is dropped
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, languages);
        try {
            Locale locale = languages.resolveLocale(request);
            View page = views.resolveViewName(UNAVAILABLE_VIEW, locale);
            if (page == null) {
                throw new IllegalStateException("no view " + UNAVAILABLE_VIEW);
            }
            page.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()), request, response);
        } catch (Exception renderFailure) {
            throw new ServletException("Could not render the session-store-unavailable page", renderFailure);
        }
    }
}
