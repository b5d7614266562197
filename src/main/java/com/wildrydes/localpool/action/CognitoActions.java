package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.signin.DecoyUsers;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.action.signin.SoftwareTokenSignIn;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminCreateUserRequest;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import com.wildrydes.localpool.wire.AdminUserShapes.ListUsersRequest;
import com.wildrydes.localpool.wire.AuthShapes.AccessTokenRequest;
import com.wildrydes.localpool.wire.AuthShapes.ChangePasswordRequest;
import com.wildrydes.localpool.wire.AuthShapes.InitiateAuthRequest;
import com.wildrydes.localpool.wire.AuthShapes.RespondToAuthChallengeRequest;
import com.wildrydes.localpool.wire.AuthShapes.RevokeTokenRequest;
import com.wildrydes.localpool.wire.GroupShapes.AdminListGroupsForUserRequest;
import com.wildrydes.localpool.wire.GroupShapes.CreateGroupRequest;
import com.wildrydes.localpool.wire.GroupShapes.GroupMembershipRequest;
import com.wildrydes.localpool.wire.MfaShapes.AdminSetUserMFAPreferenceRequest;
import com.wildrydes.localpool.wire.MfaShapes.AssociateSoftwareTokenRequest;
import com.wildrydes.localpool.wire.MfaShapes.GetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.SetUserMFAPreferenceRequest;
import com.wildrydes.localpool.wire.MfaShapes.SetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.VerifySoftwareTokenRequest;
import com.wildrydes.localpool.wire.SignUpShapes.CodeRequest;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmForgotPasswordRequest;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmSignUpRequest;
import com.wildrydes.localpool.wire.SignUpShapes.SignUpRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.CreateUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.DescribeUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ListUserPoolClientsRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UpdateUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.CreateUserPoolRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.DescribeUserPoolRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.ListUserPoolsRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.UpdateUserPoolRequest;
import com.wildrydes.localpool.action.signin.EmailOtpChallenge;
import com.wildrydes.localpool.action.signin.PasskeyRegistrations;
import com.wildrydes.localpool.action.signin.SignInPolicies;
import com.wildrydes.localpool.action.signin.WebAuthnChallenge;
import com.wildrydes.localpool.webauthn.PasskeyCeremonies;
import com.wildrydes.localpool.wire.WebAuthnShapes.CompleteWebAuthnRegistrationRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.DeleteWebAuthnCredentialRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.ListWebAuthnCredentialsRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.StartWebAuthnRegistrationRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every operation the local pool implements: Cognito's operation name, its request record and the action that
 * handles it. The table is the one place an operation is named.
 */
public final class CognitoActions {

    private CognitoActions() {
    }

    public static Map<String, CognitoAction<?>> all(PoolServices services) {
        ChallengeSessions sessions = new ChallengeSessions(services.random(), services.clock());
        SoftwareTokenSignIn softwareTokenSignIn = new SoftwareTokenSignIn(services);
        SignInCompletion completion = new SignInCompletion(services, sessions, softwareTokenSignIn);
        AccessTokens accessTokens = new AccessTokens(services);
        var softwareTokens = new SoftwareTokenActions(services, accessTokens, softwareTokenSignIn);
        var mfaPreferences = new MfaPreferenceActions(services, accessTokens);
        var poolMfa = new UserPoolMfaConfigActions(services);
        DecoyUsers decoys = new DecoyUsers(services.random());
        CodeLimits codeLimits = new CodeLimits(services.clock());
        SignInPolicies policies = new SignInPolicies(services);
        PasskeyCeremonies ceremonies = new PasskeyCeremonies();
        UserAuthFlow userAuth = new UserAuthFlow(services, completion, sessions, decoys, policies,
                new EmailOtpChallenge(services, sessions, codeLimits, completion),
                new WebAuthnChallenge(services, sessions, completion, ceremonies));
        var passkeys = new WebAuthnCredentialActions(services, accessTokens,
                new PasskeyRegistrations(services.random(), services.clock()), ceremonies);
        var passkeyList = new PasskeyListActions(services, accessTokens);
        var adminUsers = new AdminUserActions(services);
        var listing = new ListingActions(services);
        var membership = new GroupMembershipAction(services);
        List<CognitoAction<?>> actions = List.of(
                on("CreateUserPool", CreateUserPoolRequest.class, new CreateUserPoolAction(services, policies)::handle),
                on("UpdateUserPool", UpdateUserPoolRequest.class, new UpdateUserPoolAction(services, policies)::handle),
                on("DescribeUserPool", DescribeUserPoolRequest.class, new DescribeUserPoolAction(services, policies)::handle),
                on("ListUserPools", ListUserPoolsRequest.class, listing::userPools),
                on("CreateUserPoolClient", CreateUserPoolClientRequest.class,
                        new CreateUserPoolClientAction(services)::handle),
                on("DescribeUserPoolClient", DescribeUserPoolClientRequest.class,
                        new DescribeUserPoolClientAction(services)::handle),
                on("ListUserPoolClients", ListUserPoolClientsRequest.class, listing::userPoolClients),
                on("UpdateUserPoolClient", UpdateUserPoolClientRequest.class,
                        new UpdateUserPoolClientAction(services)::handle),
                on("SignUp", SignUpRequest.class, new SignUpAction(services, sessions)::handle),
                on("ConfirmSignUp", ConfirmSignUpRequest.class,
                        new ConfirmSignUpAction(services, codeLimits, sessions)::handle),
                on("ResendConfirmationCode", CodeRequest.class,
                        new ResendConfirmationCodeAction(services, codeLimits)::handle),
                on("InitiateAuth", InitiateAuthRequest.class,
                        new InitiateAuthAction(services, completion, decoys, userAuth)::handle),
                on("RespondToAuthChallenge", RespondToAuthChallengeRequest.class,
                        new RespondToAuthChallengeAction(services, completion, sessions, decoys,
                                new SoftwareTokenChallengeAction(services, completion, softwareTokenSignIn), userAuth)::handle),
                on("GetUser", AccessTokenRequest.class, new GetUserAction(services, accessTokens)::handle),
                on("GlobalSignOut", AccessTokenRequest.class, new GlobalSignOutAction(services, accessTokens)::handle),
                on("RevokeToken", RevokeTokenRequest.class, new RevokeTokenAction(services)::handle),
                on("ForgotPassword", CodeRequest.class, new ForgotPasswordAction(services, codeLimits)::handle),
                on("ConfirmForgotPassword", ConfirmForgotPasswordRequest.class,
                        new ConfirmForgotPasswordAction(services, codeLimits)::handle),
                on("ChangePassword", ChangePasswordRequest.class,
                        new ChangePasswordAction(services, accessTokens, completion)::handle),
                on("ListUsers", ListUsersRequest.class, listing::users),
                on("AdminCreateUser", AdminCreateUserRequest.class, new AdminCreateUserAction(services)::handle),
                on("AdminGetUser", AdminUserRequest.class, adminUsers::get),
                on("AdminConfirmSignUp", AdminUserRequest.class, adminUsers::confirmSignUp),
                on("AdminDeleteUser", AdminUserRequest.class, adminUsers::delete),
                on("AdminDisableUser", AdminUserRequest.class, adminUsers::disable),
                on("AdminEnableUser", AdminUserRequest.class, adminUsers::enable),
                on("CreateGroup", CreateGroupRequest.class, new CreateGroupAction(services)::handle),
                on("AdminAddUserToGroup", GroupMembershipRequest.class, membership::add),
                on("AdminRemoveUserFromGroup", GroupMembershipRequest.class, membership::remove),
                on("AdminListGroupsForUser", AdminListGroupsForUserRequest.class, listing::groupsForUser),
                // authenticator-app MFA (TOTP)
                on("AssociateSoftwareToken", AssociateSoftwareTokenRequest.class, softwareTokens::associate),
                on("VerifySoftwareToken", VerifySoftwareTokenRequest.class, softwareTokens::verify),
                on("SetUserMFAPreference", SetUserMFAPreferenceRequest.class, mfaPreferences::set),
                on("AdminSetUserMFAPreference", AdminSetUserMFAPreferenceRequest.class, mfaPreferences::adminSet),
                on("SetUserPoolMfaConfig", SetUserPoolMfaConfigRequest.class, poolMfa::set),
                on("GetUserPoolMfaConfig", GetUserPoolMfaConfigRequest.class, poolMfa::get),
                // passkeys (WebAuthn)
                on("StartWebAuthnRegistration", StartWebAuthnRegistrationRequest.class, passkeys::start),
                on("CompleteWebAuthnRegistration", CompleteWebAuthnRegistrationRequest.class, passkeys::complete),
                on("ListWebAuthnCredentials", ListWebAuthnCredentialsRequest.class, passkeyList::list),
                on("DeleteWebAuthnCredential", DeleteWebAuthnCredentialRequest.class, passkeyList::delete));
        return actions.stream().collect(Collectors.toUnmodifiableMap(CognitoAction::operation, action -> action));
    }

    private static <Q extends Record> CognitoAction<Q> on(String operation, Class<Q> requestType,
            Function<Q, ? extends Record> handler) {
        return new CognitoAction<>(operation, requestType, handler);
    }
}
