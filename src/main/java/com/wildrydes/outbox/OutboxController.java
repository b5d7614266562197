package com.wildrydes.outbox;

import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.config.SiteUserPool;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.wildrydes.localmode.ConditionalOnLocalPool;
import com.wildrydes.system.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** GET /local/outbox: what the local pool would have emailed, so a newcomer on this machine can read the code. */
@Controller
@ConditionalOnLocalPool
class OutboxController {

    static final String OUTBOX_VIEW = "outbox/outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxController.class);

    private final PoolOutboxClient outbox;
    private final SiteUserPool pool;

    OutboxController(PoolOutboxClient outbox, SiteUserPool pool) {
        this.outbox = outbox;
        this.pool = pool;
    }

    /** To anyone but this machine the page does not exist: 404, as for any unknown path. */
    @GetMapping(Routes.LOCAL_OUTBOX)
    String showOutbox(Model model, HttpServletRequest request) {
        if (!LoopbackClients.isLoopback(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            model.addAttribute("messages", outbox.newestFirst());
            model.addAttribute("pool", pool.current()); // ids only; the client has no secret locally
        } catch (PoolOutboxClient.OutboxUnavailableException | CognitoAuthException e) {
            log.warn("Local outbox unavailable: {}", e.getMessage());
            model.addAttribute("unreachable", true);
        }
        return OUTBOX_VIEW;
    }
}
