package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** Signing out of the site revokes the user's tokens at the pool, not just the site's session. */
class SignOutJourneyTests extends SiteWithLocalPool {

    @Test
    void signOutWhenSignedInThenARefreshTokenIssuedEarlierNoLongerWorks() {
        String email = newEmail("leaver");
        registerAndVerify(email, PASSWORD);
        String earlierRefreshToken = pool().signIn(email, PASSWORD).refreshToken();
        assertThat(pool().refresh(earlierRefreshToken).accessToken()).isNotBlank();
        Page ride = visitor.follow(signIn(email, PASSWORD));

        Page signedOut = visitor.post("/signout", Map.of("_csrf", ride.csrf()));

        assertThat(signedOut.path()).isEqualTo("/");
        assertThatThrownBy(() -> pool().refresh(earlierRefreshToken)).isInstanceOf(NotAuthorizedException.class);
        assertThat(visitor.get("/ride").path()).isEqualTo("/signin");
    }
}
