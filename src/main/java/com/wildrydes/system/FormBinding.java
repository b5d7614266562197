package com.wildrydes.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form is a record filled through its constructor, so nothing is bound through setters afterwards: a stray
 * parameter such as {@code password.x} would otherwise walk into the record's properties and fail with a 500
 * (found by the fuzz, {@code EveryFormFuzzTests}).
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void bindThroughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
