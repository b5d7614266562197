package com.wildrydes.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form Tomcat will not parse (over {@code server.tomcat.max-http-form-post-size}, or badly encoded) gets the
 * site's error page with Tomcat's status (413, 400) instead of a 500. Tomcat throws on the first
 * {@code getParameter} of such a request, which would otherwise be Spring Security's CSRF filter: this filter,
 * just before it, asks first. The error page that follows is a read of the same request: it sees a GET without
 * parameters, so the CSRF filter on that dispatch does not ask again (and would be refused again).
 */
final class OversizedForms extends HttpFilter {

    /** Just before springSecurityFilterChain (-100), after the character encoding filter. */
    static final int ORDER = -101;
    private static final String REFUSED = OversizedForms.class.getName() + ".REFUSED";
    private static final Logger log = LoggerFactory.getLogger(OversizedForms.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(REFUSED) != null) {
            chain.doFilter(new ErrorPageRead(request), response);
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException unparsed) {
            int status = unparsed instanceof InvalidParameterException refused && refused.getErrorCode() >= 400
                    ? refused.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
            // Expected from any client that sends too much: one quiet line, no stack trace, no input.
            log.debug("Form not parsed ({}): {} {}", status, request.getMethod(), request.getRequestURI());
            request.setAttribute(REFUSED, status);
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The refused request as its error page sees it: a GET with no parameters. */
    private static final class ErrorPageRead extends HttpServletRequestWrapper {

        ErrorPageRead(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
