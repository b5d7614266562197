package com.wildrydes.localpool.action;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** A pool that allows passkeys (PASSWORD and WEB_AUTHN), a USER_AUTH client, and riders signed in through it. */
final class PasskeyPool {

    static final String SITE = "http://localhost:8080";

    final LocalPoolFixture pool;
    final String poolId;
    final String clientId;

    PasskeyPool(LocalPoolFixture pool, AuthFactorType... factors) {
        this.pool = pool;
        this.poolId = pool.cognito().createUserPool(p -> p.poolName("WildRydes")
                .usernameAttributes(UsernameAttributeType.EMAIL).autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(a -> a.name("email").attributeDataType(AttributeDataType.STRING).required(true).mutable(true))
                .policies(p2 -> p2.signInPolicy(s -> s.allowedFirstAuthFactors(factors)))).userPool().id();
        this.clientId = client("WildRydesWebApp");
    }

    String client(String name) {
        return pool.cognito().createUserPoolClient(c -> c.userPoolId(poolId).clientName(name)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
    }

    /** Signs {@code email} up and confirms it; returns an access token from a password sign-in. */
    String rider(String email) {
        pool.cognito().signUp(r -> r.clientId(clientId).username(email).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(clientId).username(email)
                .confirmationCode(pool.lastCodeSentTo(email)));
        return accessToken(clientId, email);
    }

    String accessToken(String client, String email) {
        return pool.cognito().initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult().accessToken();
    }

    Map<String, Object> startRegistration(String accessToken) {
        return asMap(pool.cognito().startWebAuthnRegistration(r -> r.accessToken(accessToken))
                .credentialCreationOptions());
    }

    void completeRegistration(String accessToken, Map<String, Object> credential) {
        pool.cognito().completeWebAuthnRegistration(r -> r.accessToken(accessToken).credential(document(credential)));
    }

    /** Registers a new passkey for the rider (packed self-attestation, from {@link #SITE}). */
    void register(String accessToken, com.wildrydes.localpool.TestAuthenticator authenticator) {
        completeRegistration(accessToken, authenticator.create(startRegistration(accessToken), SITE));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Document document) {
        return (Map<String, Object>) plain(document);
    }

    private static Object plain(Document document) {
        if (document.isMap()) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.asMap().forEach((key, value) -> map.put(key, plain(value)));
            return map;
        }
        if (document.isList()) {
            return document.asList().stream().map(PasskeyPool::plain).toList();
        }
        if (document.isNumber()) {
            return document.asNumber().longValue();
        }
        return document.isNull() ? null : document.unwrap();
    }

    @SuppressWarnings("unchecked")
    static Document document(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Document> members = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, member) -> members.put(key, document(member)));
            return Document.fromMap(members);
        }
        if (value instanceof List<?> list) {
            return Document.fromList(list.stream().map(PasskeyPool::document).toList());
        }
        if (value instanceof String text) {
            return Document.fromString(text);
        }
        if (value instanceof Boolean flag) {
            return Document.fromBoolean(flag);
        }
        if (value instanceof Number number) {
            return Document.fromNumber(SdkNumber.fromLong(number.longValue()));
        }
        return Document.fromNull();
    }
}
