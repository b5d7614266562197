package com.wildrydes.signin;

import com.wildrydes.cognito.Tokens;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the principal of the Spring Security context kept in the HTTP session.
 *
 * @param tokens        the tokens Cognito issued at sign-in (never printed)
 * @param email         the ID token's {@code email}
 * @param sub           the ID token's {@code sub}, the user's stable id
 * @param groups        {@code cognito:groups}; each becomes the authority {@code ROLE_<group>}
 * @param idTokenClaims the ID token's claims as text (dates as epoch seconds), sorted by name
 */
public record SignedInUser(Tokens tokens, String email, String sub, List<String> groups,
        Map<String, String> idTokenClaims) implements AuthenticatedPrincipal, Serializable {

    public SignedInUser {
        groups = List.copyOf(groups);
        idTokenClaims = Collections.unmodifiableMap(new TreeMap<>(idTokenClaims));
    }

    /** Spring Security's name for the user: the stable {@code sub}, not the email. */
    @Override
    public String getName() {
        return sub;
    }

    public List<GrantedAuthority> authorities() {
        return groups.stream().<GrantedAuthority>map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
    }

    @Override
    public String toString() {
        return "SignedInUser[sub=" + sub + ", groups=" + groups + "]";
    }
}
