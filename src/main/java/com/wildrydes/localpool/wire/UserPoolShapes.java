package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.List;

/** Cognito's shapes describing a user pool, and the requests and answers of the pool operations. */
public final class UserPoolShapes {

    private UserPoolShapes() {
    }

    public record PasswordPolicyType(Integer minimumLength, Boolean requireUppercase, Boolean requireLowercase,
            Boolean requireNumbers, Boolean requireSymbols, Integer temporaryPasswordValidityDays) {
    }

    public record UserPoolPolicyType(PasswordPolicyType passwordPolicy, SignInPolicyType signInPolicy) {
    }

    /** The first factors USER_AUTH may offer: PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN. */
    public record SignInPolicyType(List<String> allowedFirstAuthFactors) {
    }

    public record StringAttributeConstraintsType(String minLength, String maxLength) {
    }

    public record SchemaAttributeType(@Required @Length(min = 1, max = 20) String name, String attributeDataType,
            Boolean developerOnlyAttribute, Boolean mutable, Boolean required,
            StringAttributeConstraintsType stringAttributeConstraints) {
    }

    public record AdminCreateUserConfigType(Boolean allowAdminCreateUserOnly, Integer unusedAccountValidityDays) {
    }

    public record VerificationMessageTemplateType(@Length(min = 6, max = 20000) String emailMessage,
            @Length(min = 1, max = 140) String emailSubject, String defaultEmailOption) {
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

    public record CreateUserPoolRequest(@Required @Length(min = 1, max = 128) String poolName,
            UserPoolPolicyType policies, List<String> usernameAttributes, List<String> aliasAttributes,
            List<String> autoVerifiedAttributes, List<SchemaAttributeType> schema,
            AdminCreateUserConfigType adminCreateUserConfig,
            @Length(min = 1, max = 140) String emailVerificationSubject,
            @Length(min = 6, max = 20000) String emailVerificationMessage,
            VerificationMessageTemplateType verificationMessageTemplate) {
    }

    /** UpdateUserPool's request: what the local pool keeps of it; left out means Cognito's default again. */
    public record UpdateUserPoolRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            UserPoolPolicyType policies, List<String> autoVerifiedAttributes,
            AdminCreateUserConfigType adminCreateUserConfig,
            @Length(min = 1, max = 140) String emailVerificationSubject,
            @Length(min = 6, max = 20000) String emailVerificationMessage,
            VerificationMessageTemplateType verificationMessageTemplate) {
    }

    public record DescribeUserPoolRequest(@Required @Length(min = 1, max = 55) String userPoolId) {
    }

    /** What CreateUserPool and DescribeUserPool answer. */
    public record UserPoolResponse(UserPoolType userPool) {
    }

    public record ListUserPoolsRequest(@Length(max = 131072) String nextToken, @Required Integer maxResults) {
    }

    public record ListUserPoolsResponse(List<UserPoolDescriptionType> userPools, String nextToken) {
    }
}
