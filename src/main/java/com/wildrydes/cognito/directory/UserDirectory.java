package com.wildrydes.cognito.directory;

import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import com.wildrydes.cognito.error.CognitoErrorTranslator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The site's user pool as an administrator sees it (the console's "Users and groups"). Management calls
 * are signed with the client's AWS credentials (IAM on AWS); every failure surfaces as a
 * {@link CognitoAuthException}, ACCESS_DENIED when the credentials may not make the call.
 */
public class UserDirectory {

    /** Users per page of the admin list. */
    public static final int PAGE_SIZE = 25;

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;

    UserDirectory(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        this.cognito = cognito;
        this.sitePool = sitePool;
    }

    /** ListUsers: one page of users whose email starts with {@code emailPrefix} (blank: all users). */
    public UserPage listUsers(String emailPrefix, String paginationToken) {
        return call(poolId -> {
            var answer = cognito.listUsers(r -> r.userPoolId(poolId).limit(PAGE_SIZE)
                    .filter(EmailFilter.startingWith(emailPrefix))
                    .paginationToken(paginationToken == null || paginationToken.isBlank() ? null : paginationToken));
            return new UserPage(answer.users().stream().map(UserDirectory::directoryUser).toList(),
                    answer.paginationToken());
        });
    }

    /** AdminCreateUser with a verified email; Cognito emails the temporary password, which must be changed at sign-in. */
    public void createUser(String email, String temporaryPassword) {
        call(poolId -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true"))
                .temporaryPassword(temporaryPassword)
                .desiredDeliveryMediums(DeliveryMediumType.EMAIL)));
    }

    /** AdminConfirmSignUp: confirms an UNCONFIRMED user without their code. */
    public void confirm(String username) {
        call(poolId -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username)));
    }

    public void disable(String username) {
        call(poolId -> cognito.adminDisableUser(r -> r.userPoolId(poolId).username(username)));
    }

    public void enable(String username) {
        call(poolId -> cognito.adminEnableUser(r -> r.userPoolId(poolId).username(username)));
    }

    public void delete(String username) {
        call(poolId -> cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(username)));
    }

    public void addToGroup(String username, String group) {
        call(poolId -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group)));
    }

    public void removeFromGroup(String username, String group) {
        call(poolId -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).username(username)
                .groupName(group)));
    }

    /** AdminListGroupsForUser, all pages: the names of the user's groups. */
    public List<String> groupsOf(String username) {
        return call(poolId -> cognito.adminListGroupsForUserPaginator(r -> r.userPoolId(poolId).username(username))
                .groups().stream().map(GroupType::groupName).toList());
    }

    /**
     * Whether the user is in {@code group} now, by AdminListGroupsForUser: unlike the ID token's
     * {@code cognito:groups}, which holds until the next refresh, this sees a removal at once.
     */
    public boolean isMember(String username, String group) {
        return groupsOf(username).contains(group);
    }

    private <T> T call(Function<String, T> managementCall) {
        try {
            return managementCall.apply(sitePool.current().userPoolId());
        } catch (RuntimeException e) {
            throw CognitoErrorTranslator.translate(Step.MANAGE_USERS, e);
        }
    }

    private static DirectoryUser directoryUser(UserType user) {
        Map<String, String> attributes = user.attributes().stream().filter(a -> a.value() != null)
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value, (first, second) -> first));
        return new DirectoryUser(user.username(), attributes.get("email"), user.userStatusAsString(),
                "true".equals(attributes.get("email_verified")), Boolean.TRUE.equals(user.enabled()),
                user.userCreateDate(), user.userLastModifiedDate());
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
