package com.wildrydes.signin;

import com.wildrydes.system.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** POST /signout: ends the session (a POST with a CSRF token, so no link can sign someone out). */
@Controller
class SignOutController {

    private final SignedInSession signedInSession;

    SignOutController(SignedInSession signedInSession) {
        this.signedInSession = signedInSession;
    }

    @PostMapping("/signout")
    String processSignOutForm(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        signedInSession.end(request, response);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.info("notice.signedOut"));
        return "redirect:/";
    }
}
