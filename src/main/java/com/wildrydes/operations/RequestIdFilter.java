package com.wildrydes.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in every log line written while it is handled (MDC {@value #MDC_KEY}) and in the
 * {@value #HEADER} response header, so a visitor's report or a load balancer's log leads to the site's lines.
 * An incoming {@value #HEADER} (from the load balancer) is kept only if it looks like an id: anything else could
 * forge or break log lines.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern LOOKS_LIKE_AN_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idFor(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Error dispatches (Boot's /error) belong to the same request and keep its id. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    static String idFor(String incoming) {
        if (incoming != null && LOOKS_LIKE_AN_ID.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
