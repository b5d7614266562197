package com.wildrydes.localpool.action;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every operation the local pool implements, by Cognito operation name. */
public final class CognitoActions {

    private CognitoActions() {
    }

    public static Map<String, CognitoAction<?>> all(PoolServices services) {
        List<Function<PoolServices, CognitoAction<?>>> factories = List.of(
                CreateUserPoolAction::new, DescribeUserPoolAction::new, ListUserPoolsAction::new,
                CreateUserPoolClientAction::new, DescribeUserPoolClientAction::new, ListUserPoolClientsAction::new,
                SignUpAction::new, ConfirmSignUpAction::new, ResendConfirmationCodeAction::new,
                AdminGetUserAction::new);
        return factories.stream().map(factory -> factory.apply(services))
                .collect(Collectors.toUnmodifiableMap(CognitoAction::operation, action -> action));
    }
}
