package com.wildrydes.localpool.protocol;

/**
 * One operation named by {@code X-Amz-Target}: of Cognito user pools or of Cognito Identity (identity pools).
 *
 * @param service the SigV4 service name of its credential scope, {@link #USER_POOLS} or {@link #IDENTITY}
 * @param name    the operation, e.g. {@code SignUp} or {@code GetId}
 */
record Operation(String service, String name) {

    static final String USER_POOLS = "cognito-idp";
    static final String IDENTITY = "cognito-identity";
}
