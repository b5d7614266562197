package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.CognitoAuthException;
import com.wildrydes.cognito.CognitoFailure;
import com.wildrydes.cognito.Tokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedInUsersTests {

    private final SignedInUsers signedInUsers = new SignedInUsers();

    @Test
    void fromTokensThenReadsEmailSubGroupsAndClaimsOfTheIdToken() {
        SignedInUser rider = signedInUsers.from(TestTokens.forRider("ana@example.com", "sub-123"));

        assertThat(rider.email()).isEqualTo("ana@example.com");
        assertThat(rider.sub()).isEqualTo("sub-123");
        assertThat(rider.getName()).isEqualTo("sub-123");
        assertThat(rider.groups()).containsExactly("riders");
        assertThat(rider.authorities()).extracting(Object::toString).containsExactly("ROLE_riders");
        assertThat(rider.idTokenClaims()).containsEntry("token_use", "id")
                .containsEntry("aud", "abcdefghijklmnopqrstuvwxyz").containsEntry("cognito:groups", "riders")
                .containsEntry("exp", String.valueOf(TestTokens.ISSUED_AT + 3600));
    }

    @Test
    void whenPrintedThenNoTokenAppears() {
        Tokens tokens = TestTokens.forRider();
        SignedInUser rider = signedInUsers.from(tokens);

        assertThat(rider.toString()).doesNotContain(tokens.idToken()).doesNotContain(tokens.accessToken())
                .doesNotContain(tokens.refreshToken());
    }

    @Test
    void whenIdTokenIsNotAJwtThenRefusedWithoutEchoingIt() {
        Tokens garbage = new Tokens("secret-garbage-token", "a", "r", Instant.now());

        assertThatThrownBy(() -> signedInUsers.from(garbage))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailure.NOT_AUTHORIZED))
                .satisfies(e -> assertThat(e.getMessage() + e.getCause().getMessage())
                        .doesNotContain("secret-garbage-token"));
    }
}
