package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.action.signin.SignInPolicies;
import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.UserPoolShapes.CreateUserPoolRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolPolicyType;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolResponse;
import com.wildrydes.localpool.wire.UserPoolShapes.VerificationMessageTemplateType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>.
 * Deviations: keeps only what the local pool enforces (password policy, username/alias/auto-verified
 * attributes, schema, admin-only sign-up, the verification email); Lambda triggers, SMS, MFA, tags and tiers
 * are accepted and ignored. Any SigV4 signature is accepted.
 */
record CreateUserPoolAction(PoolServices services, SignInPolicies policies) {

    UserPoolResponse handle(CreateUserPoolRequest request) {
        List<String> usernameAttributes = orEmpty(request.usernameAttributes());
        List<String> aliasAttributes = orEmpty(request.aliasAttributes());
        if (!usernameAttributes.isEmpty() && !aliasAttributes.isEmpty()) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    "Only one of the alias attributes or username attributes can be set in a User Pool.");
        }
        Instant now = services.clock().instant();
        VerificationMessageTemplateType template = request.verificationMessageTemplate();
        UserPool pool = new UserPool(services.ids().poolId(services.region()), request.poolName(), now, now,
                usernameAttributes, aliasAttributes, orEmpty(request.autoVerifiedAttributes()),
                passwordPolicy(request.policies()),
                orEmpty(request.schema()).stream().map(PoolDescriptions::toPoolAttribute).toList(),
                request.adminCreateUserConfig() != null
                        && Boolean.TRUE.equals(request.adminCreateUserConfig().allowAdminCreateUserOnly()),
                firstOf(template == null ? null : template.emailSubject(), request.emailVerificationSubject()),
                firstOf(template == null ? null : template.emailMessage(), request.emailVerificationMessage()));
        List<String> factors = request.policies() == null || request.policies().signInPolicy() == null ? null
                : request.policies().signInPolicy().allowedFirstAuthFactors();
        policies.set(pool.id(), factors); // validated before the pool is saved
        services.store().write(tx -> {
            tx.save(pool);
            return pool;
        });
        return new UserPoolResponse(PoolDescriptions.describe(pool, 0, services.region(),
                policies.allowedFirstAuthFactors(pool.id())));
    }

    static PasswordPolicy passwordPolicy(UserPoolPolicyType policies) {
        if (policies == null || policies.passwordPolicy() == null) {
            return PasswordPolicy.COGNITO_DEFAULT;
        }
        var given = policies.passwordPolicy();
        PasswordPolicy d = PasswordPolicy.COGNITO_DEFAULT;
        return new PasswordPolicy(Objects.requireNonNullElse(given.minimumLength(), d.minimumLength()),
                Boolean.TRUE.equals(given.requireUppercase()), Boolean.TRUE.equals(given.requireLowercase()),
                Boolean.TRUE.equals(given.requireNumbers()), Boolean.TRUE.equals(given.requireSymbols()),
                Objects.requireNonNullElse(given.temporaryPasswordValidityDays(), d.temporaryPasswordValidityDays()));
    }

    static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
