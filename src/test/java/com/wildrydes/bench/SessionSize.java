package com.wildrydes.bench;

import com.wildrydes.cognito.auth.BenchSignIns;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.signin.SignedInUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The bytes a signed-in rider's HTTP session holds, Java-serialized as a servlet container persists it:
 * the same attributes the site stores (security context with the SignedInUser from a real SRP sign-in
 * against the pool, the sign-in time, the CSRF token), each as name and value.
 */
final class SessionSize {

    private static final String CSRF_ATTRIBUTE =
            "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    private SessionSize() {
    }

    static int measure(PoolAccess pool, String email) throws IOException {
        SignInResult result = BenchSignIns.signIn(pool.endpoint, pool.poolId, pool.clientId, email,
                PoolAccess.PASSWORD);
        SignedInUser user = SignedInUser.of((SignInResult.Authenticated) result);
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        Map<String, Object> attributes = Map.of(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context,
                SignedInSession.SIGNED_IN_AT, Instant.now(),
                CSRF_ATTRIBUTE, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                out.writeObject(attribute.getKey());
                out.writeObject(attribute.getValue());
            }
        }
        return bytes.size();
    }
}
