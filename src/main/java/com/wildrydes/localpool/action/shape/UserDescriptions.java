package com.wildrydes.localpool.action.shape;

import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AttributeType;
import com.wildrydes.localpool.wire.GroupType;
import com.wildrydes.localpool.wire.UserType;
import java.util.List;

/** Users and groups as Cognito's shapes describe them. */
public final class UserDescriptions {

    private static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";

    private UserDescriptions() {
    }

    public static UserType describe(StoredUser user) {
        return new UserType(user.username(), attributes(user), user.createdAt(), user.modifiedAt(), user.enabled(),
                user.status().name());
    }

    /** The user's attributes as Cognito lists them: sub first. */
    public static List<AttributeType> attributes(StoredUser user) {
        return AttributeType.listOf(user.sub(), user.attributes());
    }

    /** UserMFASettingList: SOFTWARE_TOKEN_MFA while the user's authenticator app is on; null (left out) otherwise. */
    public static List<String> mfaSettings(SoftwareToken token) {
        return token.enabled() && token.verified() ? List.of(SOFTWARE_TOKEN_MFA) : null;
    }

    /** PreferredMfaSetting: SOFTWARE_TOKEN_MFA while the app is on and preferred; null otherwise. */
    public static String preferredMfa(SoftwareToken token) {
        return token.enabled() && token.verified() && token.preferred() ? SOFTWARE_TOKEN_MFA : null;
    }

    public static GroupType describe(PoolGroup group) {
        return new GroupType(group.name(), group.poolId(), group.description(), group.roleArn(), group.precedence(),
                group.modifiedAt(), group.createdAt());
    }
}
