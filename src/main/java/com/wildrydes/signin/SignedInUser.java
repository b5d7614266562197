package com.wildrydes.signin;

import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the principal of the Spring Security context kept in the HTTP session. Built
 * only from tokens {@code CognitoAuthService} has verified, so page views never check a signature.
 *
 * @param tokens   the tokens Cognito issued (never printed)
 * @param identity what the verified tokens say: email, sub, groups, the ID token's claims
 */
public record SignedInUser(Tokens tokens, VerifiedIdentity identity) implements AuthenticatedPrincipal, Serializable {

    public static SignedInUser of(SignInResult.Authenticated authenticated) {
        return new SignedInUser(authenticated.tokens(), authenticated.identity());
    }

    public String email() {
        return identity.email();
    }

    public String sub() {
        return identity.sub();
    }

    /** {@code cognito:groups}; each becomes the authority {@code ROLE_<group>}. */
    public List<String> groups() {
        return identity.groups();
    }

    /** The ID token's claims as text (dates as epoch seconds), sorted by name. */
    public Map<String, String> idTokenClaims() {
        return identity.idTokenClaims();
    }

    /** Spring Security's name for the user: the stable {@code sub}, not the email. */
    @Override
    public String getName() {
        return identity.sub();
    }

    public List<GrantedAuthority> authorities() {
        return groups().stream().<GrantedAuthority>map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
    }

    @Override
    public String toString() {
        return "SignedInUser[sub=" + sub() + ", groups=" + groups() + "]";
    }
}
