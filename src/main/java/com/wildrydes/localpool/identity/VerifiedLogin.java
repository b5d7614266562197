package com.wildrydes.localpool.identity;

/**
 * A login whose ID token passed {@link LoginCheck}.
 *
 * @param providerName the key of the login, {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
 * @param sub          the user's {@code sub}
 */
record VerifiedLogin(String providerName, String sub) {
}
