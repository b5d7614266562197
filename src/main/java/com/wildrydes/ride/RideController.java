package com.wildrydes.ride;

import com.wildrydes.cognito.identity.AwsIdentityException;
import com.wildrydes.cognito.identity.CallerIdentity;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.cognito.identity.RiderCredentials;
import com.wildrydes.signin.SessionAwsIdentity;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /ride: the signed-in page, "You are authenticated", with the ID token and its claims, and "Your AWS identity":
 * the identity pool's credentials for the rider and STS GetCallerIdentity made with them (once per credentials: the
 * answer is kept in the session, so later views cost no call).
 */
@Controller
class RideController {

    static final String RIDE_VIEW = "ride/ride";
    private static final Logger log = LoggerFactory.getLogger(RideController.class);

    private final SessionAwsIdentity awsIdentity;
    private final CognitoIdentityService identities;

    RideController(SessionAwsIdentity awsIdentity, CognitoIdentityService identities) {
        this.awsIdentity = awsIdentity;
        this.identities = identities;
    }

    @GetMapping(Routes.RIDE)
    String showRide(@AuthenticationPrincipal SignedInUser rider, HttpSession session, Locale locale, Model model) {
        model.addAttribute("rider", rider);
        model.addAttribute("claims", IdTokenClaim.listOf(rider.idTokenClaims()));
        model.addAttribute("awsIdentity", awsIdentitySection(rider, session, locale));
        return RIDE_VIEW;
    }

    private AwsIdentitySection awsIdentitySection(SignedInUser rider, HttpSession session, Locale locale) {
        if (!awsIdentity.hasIdentityPool()) {
            return AwsIdentitySection.noIdentityPool();
        }
        Optional<RiderCredentials> credentials = awsIdentity.current(rider, session);
        if (credentials.isEmpty()) {
            return AwsIdentitySection.unavailable();
        }
        RiderCredentials current = credentials.get();
        CallerIdentity caller = awsIdentity.knownCaller(current, session).orElseGet(() -> callerOf(current, session));
        return AwsIdentitySection.shown(current.identityId(), current.expiration(), caller, locale);
    }

    /** Who STS says the credentials are; null when it cannot say now (the page says so, a reload asks again). */
    private CallerIdentity callerOf(RiderCredentials credentials, HttpSession session) {
        try {
            CallerIdentity caller = identities.callerIdentity(credentials);
            awsIdentity.rememberCaller(credentials, caller, session);
            return caller;
        } catch (AwsIdentityException e) {
            log.warn("STS did not say who {} is: {}", credentials.identityId(), e.getMessage());
            return null;
        }
    }
}
