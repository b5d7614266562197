package com.wildrydes.cognito.provision;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The requests that create the seed's user pool as {@link PoolSpec} describes it, for {@link PoolProvisioner}. */
final class SeedPool {

    private SeedPool() {
    }

    /**
     * The console's choices in the seed: email as username, verified by code, the default password policy; and, when
     * the spec asks, emailed sign-in codes and passkeys as first factors beside the password.
     */
    static CreateUserPoolRequest request(PoolSpec spec) {
        List<AuthFactorType> firstFactors = new ArrayList<>(List.of(AuthFactorType.PASSWORD));
        if (spec.emailCodes()) {
            firstFactors.add(AuthFactorType.EMAIL_OTP);
        }
        if (spec.passkeys()) {
            firstFactors.add(AuthFactorType.WEB_AUTHN);
        }
        return CreateUserPoolRequest.builder()
                .poolName(spec.poolName())
                .usernameAttributes(UsernameAttributeType.EMAIL)
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(email -> email.name("email").attributeDataType(AttributeDataType.STRING)
                        .required(true).mutable(true))
                .policies(p -> p.passwordPolicy(defaultPasswordPolicy())
                        .signInPolicy(s -> s.allowedFirstAuthFactors(firstFactors)))
                .verificationMessageTemplate(t -> t.defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE))
                .accountRecoverySetting(AccountRecoverySettingType.builder()
                        .recoveryMechanisms(m -> m.name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1)).build())
                .build();
    }

    private static PasswordPolicyType defaultPasswordPolicy() {
        return PasswordPolicyType.builder().minimumLength(8).requireUppercase(true).requireLowercase(true)
                .requireNumbers(true).requireSymbols(true).temporaryPasswordValidityDays(7).build();
    }

    /**
     * SetUserPoolMfaConfig for a new pool: authenticator apps when the spec has MFA, and the WebAuthn relying party
     * when it has passkeys (UserVerification "preferred": a security key without a PIN still works, as in the
     * console's default). One request, since each call sets the whole configuration.
     */
    static SetUserPoolMfaConfigRequest mfaConfig(String poolId, PoolSpec spec) {
        SetUserPoolMfaConfigRequest.Builder request = SetUserPoolMfaConfigRequest.builder().userPoolId(poolId)
                .mfaConfiguration(spec.mfa());
        if (!spec.mfa().equals("OFF")) {
            request.softwareTokenMfaConfiguration(software -> software.enabled(true));
        }
        if (spec.passkeys()) {
            request.webAuthnConfiguration(web -> web.relyingPartyId(spec.passkeysRelyingPartyId())
                    .userVerification("preferred"));
        }
        return request.build();
    }
}
