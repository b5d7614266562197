package com.wildrydes.localpool.action.shape;

import com.wildrydes.localpool.action.rules.StandardAttributes;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.user.PoolAttribute;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.UserPoolClientShapes.TokenValidityUnitsType;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientDescription;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientType;
import com.wildrydes.localpool.wire.UserPoolShapes.AdminCreateUserConfigType;
import com.wildrydes.localpool.wire.UserPoolShapes.PasswordPolicyType;
import com.wildrydes.localpool.wire.UserPoolShapes.SignInPolicyType;
import com.wildrydes.localpool.wire.UserPoolShapes.SchemaAttributeType;
import com.wildrydes.localpool.wire.UserPoolShapes.StringAttributeConstraintsType;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolDescriptionType;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolPolicyType;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolType;
import com.wildrydes.localpool.wire.UserPoolShapes.UsernameConfigurationType;
import com.wildrydes.localpool.wire.UserPoolShapes.VerificationMessageTemplateType;
import java.util.ArrayList;
import java.util.List;

/** A pool and its app clients as Cognito's shapes describe them, filled from what the local pool keeps. */
public final class PoolDescriptions {

    private PoolDescriptions() {
    }

    /** @param firstAuthFactors the pool's SignInPolicy.AllowedFirstAuthFactors; null leaves SignInPolicy out */
    public static UserPoolType describe(UserPool pool, int users, String region, List<String> firstAuthFactors) {
        PasswordPolicy p = pool.passwordPolicy();
        String message = pool.verificationMessage();
        return new UserPoolType(pool.id(), pool.name(),
                "arn:aws:cognito-idp:" + region + ":000000000000:userpool/" + pool.id(),
                new UserPoolPolicyType(new PasswordPolicyType(p.minimumLength(), p.requireUppercase(),
                        p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
                        p.temporaryPasswordValidityDays()),
                        firstAuthFactors == null ? null : new SignInPolicyType(firstAuthFactors)),
                pool.createdAt(), pool.modifiedAt(), schema(pool), pool.autoVerifiedAttributes(),
                nullIfEmpty(pool.aliasAttributes()), nullIfEmpty(pool.usernameAttributes()), message,
                pool.verificationSubject(),
                new VerificationMessageTemplateType(message, pool.verificationSubject(), "CONFIRM_WITH_CODE"),
                "OFF", users, new AdminCreateUserConfigType(pool.allowAdminCreateUserOnly(), 7),
                new UsernameConfigurationType(false), "INACTIVE");
    }

    public static UserPoolDescriptionType summarize(UserPool pool) {
        return new UserPoolDescriptionType(pool.id(), pool.name(), pool.createdAt(), pool.modifiedAt());
    }

    /** A declared schema attribute as the pool keeps it: non-standard names get the {@code custom:} prefix. */
    public static PoolAttribute toPoolAttribute(SchemaAttributeType given) {
        boolean standard = StandardAttributes.isStandard(given.name());
        String name = standard || given.name().startsWith("custom:") ? given.name() : "custom:" + given.name();
        return new PoolAttribute(name, given.attributeDataType() == null ? "String" : given.attributeDataType(),
                given.mutable() == null || given.mutable(), Boolean.TRUE.equals(given.required()));
    }

    /** The client as Describe/Create/Update return it: with its secret, as Cognito does for these admin calls. */
    public static UserPoolClientType describe(AppClient client) {
        return new UserPoolClientType(client.poolId(), client.name(), client.clientId(), client.secret(),
                client.modifiedAt(), client.createdAt(), client.refreshTokenValidity().value(),
                client.accessTokenValidity().value(), client.idTokenValidity().value(),
                new TokenValidityUnitsType(client.accessTokenValidity().unit(), client.idTokenValidity().unit(),
                        client.refreshTokenValidity().unit()),
                client.explicitAuthFlows(), false, true, false, 3, client.preventUserExistenceErrors());
    }

    public static UserPoolClientDescription summarize(AppClient client) {
        return new UserPoolClientDescription(client.clientId(), client.poolId(), client.name());
    }

    /** The standard attributes the pool uses (sub, email, email_verified) followed by the declared ones. */
    private static List<SchemaAttributeType> schema(UserPool pool) {
        List<SchemaAttributeType> schema = new ArrayList<>();
        schema.add(shape(new PoolAttribute("sub", "String", false, true)));
        schema.add(shape(pool.schema().stream().filter(a -> a.name().equals("email")).findFirst()
                .orElse(new PoolAttribute("email", "String", true, false))));
        schema.add(shape(new PoolAttribute("email_verified", "Boolean", true, false)));
        pool.schema().stream().filter(a -> !a.name().equals("email")).map(PoolDescriptions::shape)
                .forEach(schema::add);
        return schema;
    }

    private static SchemaAttributeType shape(PoolAttribute attribute) {
        boolean string = attribute.dataType().equals("String");
        return new SchemaAttributeType(attribute.name(), attribute.dataType(), false, attribute.mutable(),
                attribute.required(), string ? new StringAttributeConstraintsType("0", "2048") : null);
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
