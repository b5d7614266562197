package com.wildrydes.ride;

import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Routes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** GET /ride: the signed-in page, "You are authenticated", with the ID token and its claims. */
@Controller
class RideController {

    static final String RIDE_VIEW = "ride/ride";

    @GetMapping(Routes.RIDE)
    String showRide(@AuthenticationPrincipal SignedInUser rider, Model model) {
        model.addAttribute("rider", rider);
        model.addAttribute("claims", IdTokenClaim.listOf(rider.idTokenClaims()));
        return RIDE_VIEW;
    }
}
