package com.wildrydes.ratelimit;

import com.wildrydes.operations.RateLimitedRequests;
import com.wildrydes.system.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a form's POST handler asks first: {@code if (rateLimitedForms.refused(FORGOT, form.email(), model))
 * return FORGOT_VIEW;}. On a refusal the handler shows its form again, with the input it was sent (password
 * fields are never rendered) and a notice saying when to try again; this sets 429 and {@code Retry-After} and
 * counts it in {@code wildrydes_rate_limited_total}. It reads the request being handled itself, so a handler
 * needs no extra parameters. The client address is {@code getRemoteAddr()}: the proxy's own address unless
 * {@code server.forward-headers-strategy} trusts its {@code X-Forwarded-For}.
 */
@Component
public class RateLimitedForms {

    static final String REFUSED_NOTICE = "notice.rateLimited";
    static final String REFUSED_ONE_MINUTE_NOTICE = "notice.rateLimitedOneMinute";

    private final RateLimits limits;
    private final RateLimitedRequests refusals;

    RateLimitedForms(RateLimits limits, RateLimitedRequests refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    /** True when this request is refused; the response and model are then set for the form page. */
    public boolean refused(RateLimitedEndpoint endpoint, String email, Model model) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        RateLimitDecision decision = limits.check(endpoint, request.getRemoteAddr(), email);
        if (decision.allowed()) {
            return false;
        }
        HttpServletResponse response = current.getResponse();
        if (response != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        }
        model.addAttribute(Notice.FLASH_NAME, noticeFor(decision));
        refusals.refused(endpoint.tag());
        return true;
    }

    static Notice noticeFor(RateLimitDecision decision) {
        long minutes = decision.retryAfterMinutes();
        return minutes == 1 ? Notice.warning(REFUSED_ONE_MINUTE_NOTICE)
                : Notice.warning(REFUSED_NOTICE, String.valueOf(minutes));
    }
}
