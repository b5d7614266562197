package com.wildrydes.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that touches its session while Redis is down throws inside Spring MVC, where the site's catch-all
 * error page would answer 500. This advice comes first and lets the failure through to
 * {@link SessionStoreUnavailableFilter}, which answers 503.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = SessionStoreEnvironment.STORE_PROPERTY, havingValue = "redis")
class SessionStoreFailures {

    @ExceptionHandler(DataAccessException.class)
    void passToUnavailablePage(DataAccessException failure) {
        throw failure;
    }
}
