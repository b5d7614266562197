package com.wildrydes.localpool.action;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every operation the local pool implements, by Cognito operation name. */
public final class CognitoActions {

    private CognitoActions() {
    }

    public static Map<String, CognitoAction<?>> all(PoolServices services) {
        ChallengeSessions sessions = new ChallengeSessions(services.random(), services.clock());
        SignInCompletion completion = new SignInCompletion(services, sessions);
        AccessTokens accessTokens = new AccessTokens(services);
        List<CognitoAction<?>> actions = List.of(
                new CreateUserPoolAction(services), new DescribeUserPoolAction(services),
                new ListUserPoolsAction(services), new CreateUserPoolClientAction(services),
                new DescribeUserPoolClientAction(services), new ListUserPoolClientsAction(services),
                new UpdateUserPoolClientAction(services),
                new SignUpAction(services), new ConfirmSignUpAction(services),
                new ResendConfirmationCodeAction(services), new AdminGetUserAction(services),
                new InitiateAuthAction(services, completion),
                new RespondToAuthChallengeAction(services, completion, sessions),
                new GetUserAction(accessTokens), new GlobalSignOutAction(services, accessTokens),
                new RevokeTokenAction(services), new ForgotPasswordAction(services),
                new ConfirmForgotPasswordAction(services), new ChangePasswordAction(services, accessTokens, completion),
                new ListUsersAction(services), new AdminCreateUserAction(services),
                new AdminConfirmSignUpAction(services), new AdminDeleteUserAction(services),
                new CreateGroupAction(services), new AdminAddUserToGroupAction(services),
                new AdminListGroupsForUserAction(services), new AdminRemoveUserFromGroupAction(services),
                new AdminDisableUserAction(services), new AdminEnableUserAction(services));
        return actions.stream().collect(Collectors.toUnmodifiableMap(CognitoAction::operation, action -> action));
    }
}
