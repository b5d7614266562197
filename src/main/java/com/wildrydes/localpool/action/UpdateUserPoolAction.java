package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.signin.SignInPolicies;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.UserPoolShapes.UpdateUserPoolRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.VerificationMessageTemplateType;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html">UpdateUserPool</a>.
 * Like Cognito it replaces the settings it names: a password policy, sign-in policy, auto-verified attributes,
 * admin-only sign-up or verification email left out goes back to its default (SignInPolicy: see
 * {@link SignInPolicies}). Deviation: only what CreateUserPool keeps is updated (the rest is accepted and ignored).
 */
record UpdateUserPoolAction(PoolServices services, SignInPolicies policies) {

    EmptyResponse handle(UpdateUserPoolRequest request) {
        UserPool current = services.store().read(view -> Pools.require(view, request.userPoolId()));
        List<String> factors = request.policies() == null || request.policies().signInPolicy() == null ? null
                : request.policies().signInPolicy().allowedFirstAuthFactors();
        policies.set(current.id(), factors); // validated before anything changes
        VerificationMessageTemplateType template = request.verificationMessageTemplate();
        services.store().write(tx -> {
            UserPool pool = Pools.require(tx, request.userPoolId());
            UserPool updated = new UserPool(pool.id(), pool.name(), pool.createdAt(), services.clock().instant(),
                    pool.usernameAttributes(), pool.aliasAttributes(),
                    CreateUserPoolAction.orEmpty(request.autoVerifiedAttributes()),
                    CreateUserPoolAction.passwordPolicy(request.policies()), pool.schema(),
                    request.adminCreateUserConfig() != null
                            && Boolean.TRUE.equals(request.adminCreateUserConfig().allowAdminCreateUserOnly()),
                    CreateUserPoolAction.firstOf(template == null ? null : template.emailSubject(),
                            request.emailVerificationSubject()),
                    CreateUserPoolAction.firstOf(template == null ? null : template.emailMessage(),
                            request.emailVerificationMessage()));
            tx.save(updated);
            return updated;
        });
        return new EmptyResponse();
    }
}
