package com.wildrydes.outbox;

import com.wildrydes.localmode.LocalMode;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the local pool runs, so the verify page (and footer) can link to its outbox. */
@ControllerAdvice
class LocalOutboxLink {

    private final boolean localPoolActive;

    LocalOutboxLink(Environment environment) {
        this.localPoolActive = LocalMode.isActive(environment);
    }

    @ModelAttribute("localOutbox")
    boolean localOutbox() {
        return localPoolActive;
    }
}
