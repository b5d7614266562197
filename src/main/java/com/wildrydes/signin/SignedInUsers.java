package com.wildrydes.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.wildrydes.cognito.CognitoAuthException;
import com.wildrydes.cognito.CognitoFailure;
import com.wildrydes.cognito.Tokens;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the tokens of a sign-in into the {@link SignedInUser} the session keeps.
 *
 * <p>For now the ID token's payload is only decoded, not verified: the tokens came straight from
 * Cognito over TLS in this same request. Issue 4 replaces {@link #claimsOf} with
 * {@code TokenVerifier.verify(tokens)}; a token it refuses throws the same exception as here.
 */
@Component
public class SignedInUsers {

    public SignedInUser from(Tokens tokens) {
        JWTClaimsSet claims = claimsOf(tokens);
        if (claims.getSubject() == null) {
            throw unreadable("the ID token names no subject", null);
        }
        return new SignedInUser(tokens, stringClaim(claims, "email"), claims.getSubject(), groups(claims),
                printable(claims));
    }

    private static JWTClaimsSet claimsOf(Tokens tokens) {
        if (tokens == null || tokens.idToken() == null) {
            throw unreadable("no ID token", null);
        }
        try {
            return JWTParser.parse(tokens.idToken()).getJWTClaimsSet();
        } catch (ParseException e) {
            throw unreadable("the ID token is not a JWT", e); // the token itself is never in the message
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }

    private static List<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("cognito:groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException e) {
            return List.of();
        }
    }

    private static Map<String, String> printable(JWTClaimsSet claims) {
        Map<String, String> printable = new TreeMap<>();
        claims.getClaims().forEach((name, value) -> printable.put(name, printable(value)));
        return printable;
    }

    /** Dates as epoch seconds (as in the JWT), lists such as {@code aud} and groups as "a, b". */
    private static String printable(Object value) {
        if (value instanceof Date date) {
            return String.valueOf(date.toInstant().getEpochSecond());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static CognitoAuthException unreadable(String reason, Throwable cause) {
        return new CognitoAuthException(CognitoFailure.NOT_AUTHORIZED, "InvalidToken",
                new IllegalStateException("Sign-in tokens refused: " + reason, cause));
    }
}
