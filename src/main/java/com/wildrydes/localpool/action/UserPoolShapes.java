package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.user.PoolAttribute;
import com.wildrydes.localpool.user.UserPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Cognito's shapes describing a user pool, as the local pool fills them. */
final class UserPoolShapes {

    private UserPoolShapes() {
    }

    public record PasswordPolicyType(Integer minimumLength, Boolean requireUppercase, Boolean requireLowercase,
            Boolean requireNumbers, Boolean requireSymbols, Integer temporaryPasswordValidityDays) {
    }

    public record UserPoolPolicyType(PasswordPolicyType passwordPolicy) {
    }

    public record StringAttributeConstraintsType(String minLength, String maxLength) {
    }

    public record SchemaAttributeType(@Required String name, String attributeDataType, Boolean developerOnlyAttribute,
            Boolean mutable, Boolean required, StringAttributeConstraintsType stringAttributeConstraints) {
    }

    public record AdminCreateUserConfigType(Boolean allowAdminCreateUserOnly, Integer unusedAccountValidityDays) {
    }

    public record VerificationMessageTemplateType(String emailMessage, String emailSubject, String defaultEmailOption) {
    }

    public record UsernameConfigurationType(Boolean caseSensitive) {
    }

    public record UserPoolType(String id, String name, String arn, UserPoolPolicyType policies, Instant creationDate,
            Instant lastModifiedDate, List<SchemaAttributeType> schemaAttributes, List<String> autoVerifiedAttributes,
            List<String> aliasAttributes, List<String> usernameAttributes, String emailVerificationMessage,
            String emailVerificationSubject, VerificationMessageTemplateType verificationMessageTemplate,
            String mfaConfiguration, Integer estimatedNumberOfUsers, AdminCreateUserConfigType adminCreateUserConfig,
            UsernameConfigurationType usernameConfiguration, String deletionProtection) {
    }

    public record UserPoolDescriptionType(String id, String name, Instant creationDate, Instant lastModifiedDate) {
    }

    static UserPoolType describe(UserPool pool, int users, String region) {
        PasswordPolicy p = pool.passwordPolicy();
        String message = pool.verificationMessage();
        return new UserPoolType(pool.id(), pool.name(),
                "arn:aws:cognito-idp:" + region + ":000000000000:userpool/" + pool.id(),
                new UserPoolPolicyType(new PasswordPolicyType(p.minimumLength(), p.requireUppercase(),
                        p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
                        p.temporaryPasswordValidityDays())),
                pool.createdAt(), pool.modifiedAt(), schema(pool), pool.autoVerifiedAttributes(),
                nullIfEmpty(pool.aliasAttributes()), nullIfEmpty(pool.usernameAttributes()), message,
                pool.verificationSubject(),
                new VerificationMessageTemplateType(message, pool.verificationSubject(), "CONFIRM_WITH_CODE"),
                "OFF", users, new AdminCreateUserConfigType(pool.allowAdminCreateUserOnly(), 7),
                new UsernameConfigurationType(false), "INACTIVE");
    }

    static UserPoolDescriptionType summarize(UserPool pool) {
        return new UserPoolDescriptionType(pool.id(), pool.name(), pool.createdAt(), pool.modifiedAt());
    }

    static PoolAttribute toPoolAttribute(SchemaAttributeType given) {
        boolean standard = StandardAttributes.isStandard(given.name());
        String name = standard || given.name().startsWith("custom:") ? given.name() : "custom:" + given.name();
        return new PoolAttribute(name, given.attributeDataType() == null ? "String" : given.attributeDataType(),
                given.mutable() == null || given.mutable(), Boolean.TRUE.equals(given.required()));
    }

    /** The standard attributes the pool uses (sub, email, email_verified) followed by the declared ones. */
    private static List<SchemaAttributeType> schema(UserPool pool) {
        List<SchemaAttributeType> schema = new ArrayList<>();
        schema.add(shape(new PoolAttribute("sub", "String", false, true)));
        schema.add(shape(pool.schema().stream().filter(a -> a.name().equals("email")).findFirst()
                .orElse(new PoolAttribute("email", "String", true, false))));
        schema.add(shape(new PoolAttribute("email_verified", "Boolean", true, false)));
        pool.schema().stream().filter(a -> !a.name().equals("email")).map(UserPoolShapes::shape).forEach(schema::add);
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
