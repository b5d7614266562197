package com.wildrydes.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Anything a page did not handle becomes the site's own error page in the layout: the status and
 * a kind sentence, never an exception message or a stack trace. Errors outside Spring MVC (403 from
 * the security filters, 404s) reach the same {@value #ERROR_VIEW} template through Boot's /error. A 4xx
 * keeps the headers it owes the client ({@code Allow} with a 405) and is not logged: it is the client's mistake.
 */
@ControllerAdvice
class ErrorPages {

    static final String ERROR_VIEW = "error";
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(Exception.class)
    ModelAndView showErrorPage(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure; // Spring Security decides: sign-in page or 403
        }
        HttpStatusCode status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        }
        if (failure instanceof ErrorResponse answer) {
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        return page;
    }

    /**
     * A request the site could not read is the client's 400, as Spring's DefaultHandlerExceptionResolver would
     * say: a value of the wrong type, a parameter name the binder cannot follow ({@code email[0]}), a name or
     * value the firewall refuses. Everything else unhandled is ours: 500.
     */
    private static HttpStatusCode statusOf(Exception failure) {
        if (failure instanceof ErrorResponse answer) {
            return answer.getStatusCode();
        }
        if (failure instanceof TypeMismatchException || failure instanceof InvalidPropertyException
                || failure instanceof HttpMessageNotReadableException || failure instanceof RequestRejectedException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
