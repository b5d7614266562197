package com.wildrydes.cognito.identity;

import java.io.Serializable;

/**
 * Who AWS says a rider's credentials are: the answer of STS GetCallerIdentity (kept in the session beside them).
 *
 * @param account the 12-digit account of the role
 * @param arn     {@code arn:aws:sts::<account>:assumed-role/<role>/CognitoIdentityCredentials}
 * @param userId  {@code <role id>:CognitoIdentityCredentials}
 */
public record CallerIdentity(String account, String arn, String userId) implements Serializable {
}
