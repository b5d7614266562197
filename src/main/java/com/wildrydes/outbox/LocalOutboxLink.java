package com.wildrydes.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the local pool runs, so the verify page (and footer) can link to its outbox. */
@ControllerAdvice
class LocalOutboxLink {

    private final boolean localPoolActive;

    LocalOutboxLink(@Value("${wildrydes.local-pool.active:false}") boolean localPoolActive) {
        this.localPoolActive = localPoolActive;
    }

    @ModelAttribute("localOutbox")
    boolean localOutbox() {
        return localPoolActive;
    }
}
