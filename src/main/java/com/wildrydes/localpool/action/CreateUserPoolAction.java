package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolShapes.AdminCreateUserConfigType;
import com.wildrydes.localpool.action.UserPoolShapes.SchemaAttributeType;
import com.wildrydes.localpool.action.UserPoolShapes.UserPoolPolicyType;
import com.wildrydes.localpool.action.UserPoolShapes.UserPoolType;
import com.wildrydes.localpool.action.UserPoolShapes.VerificationMessageTemplateType;
import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.user.UserPool;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>.
 * Deviations: keeps only what the local pool enforces (password policy, username/alias/auto-verified
 * attributes, schema, admin-only sign-up, the verification email); Lambda triggers, SMS, MFA, tags and tiers
 * are accepted and ignored. Any SigV4 signature is accepted.
 */
final class CreateUserPoolAction implements CognitoAction<CreateUserPoolAction.Request> {

    public record Request(@Required String poolName, UserPoolPolicyType policies, List<String> usernameAttributes,
            List<String> aliasAttributes, List<String> autoVerifiedAttributes, List<SchemaAttributeType> schema,
            AdminCreateUserConfigType adminCreateUserConfig, String emailVerificationSubject,
            String emailVerificationMessage, VerificationMessageTemplateType verificationMessageTemplate) {
    }

    public record Response(UserPoolType userPool) {
    }

    private final PoolServices services;

    CreateUserPoolAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "CreateUserPool";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
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
                orEmpty(request.schema()).stream().map(UserPoolShapes::toPoolAttribute).toList(),
                request.adminCreateUserConfig() != null
                        && Boolean.TRUE.equals(request.adminCreateUserConfig().allowAdminCreateUserOnly()),
                firstOf(template == null ? null : template.emailSubject(), request.emailVerificationSubject()),
                firstOf(template == null ? null : template.emailMessage(), request.emailVerificationMessage()));
        services.store().write(tx -> {
            tx.save(pool);
            return pool;
        });
        return new Response(UserPoolShapes.describe(pool, 0, services.region()));
    }

    private static PasswordPolicy passwordPolicy(UserPoolPolicyType policies) {
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

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
