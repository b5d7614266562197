package com.wildrydes.localpool.wire;

import java.util.List;
import java.util.Map;

/** Amazon Cognito Identity's shapes for managing identity pools (cognito-identity 2014-06-30). */
public final class IdentityPoolShapes {

    private IdentityPoolShapes() {
    }

    /** A user pool app client whose ID tokens the identity pool accepts. */
    public record CognitoIdentityProvider(@Length(min = 1, max = 128) String providerName,
            @Length(min = 1, max = 128) String clientId, Boolean serverSideTokenCheck) {
    }

    /** CreateIdentityPool's request; also DescribeIdentityPool's and CreateIdentityPool's answer (IdentityPool). */
    public record IdentityPool(@Length(min = 1, max = 55) String identityPoolId,
            @Required @Length(min = 1, max = 128) String identityPoolName,
            @Required Boolean allowUnauthenticatedIdentities, Boolean allowClassicFlow,
            Map<String, String> supportedLoginProviders, String developerProviderName,
            List<String> openIdConnectProviderARNs, List<CognitoIdentityProvider> cognitoIdentityProviders,
            List<String> samlProviderARNs, Map<String, String> identityPoolTags) {
    }

    public record IdentityPoolIdRequest(@Required @Length(min = 1, max = 55) String identityPoolId) {
    }

    public record ListIdentityPoolsRequest(@Required Integer maxResults, @Length(min = 1, max = 65535) String nextToken) {
    }

    public record IdentityPoolShortDescription(String identityPoolId, String identityPoolName) {
    }

    public record ListIdentityPoolsResponse(List<IdentityPoolShortDescription> identityPools, String nextToken) {
    }

    /** SetIdentityPoolRoles' request and GetIdentityPoolRoles' answer; role mappings are taken and kept, not applied. */
    public record IdentityPoolRoles(@Required @Length(min = 1, max = 55) String identityPoolId,
            @Required Map<String, String> roles, Map<String, Object> roleMappings) {
    }
}
