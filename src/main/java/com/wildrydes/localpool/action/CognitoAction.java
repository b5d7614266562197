package com.wildrydes.localpool.action;

/**
 * One Cognito operation. The protocol layer finds the action by {@link #operation()} (the part of
 * {@code X-Amz-Target} after {@code AWSCognitoIdentityProviderService.}), binds the JSON body to
 * {@link #requestType()} (a record whose components are Cognito's member names in lowerCamelCase), checks
 * the components marked {@link Required}, calls {@link #handle} and writes the returned record as JSON,
 * leaving null members out. Failures are thrown as {@link PoolException}.
 *
 * @param <Q> the request record
 */
public interface CognitoAction<Q extends Record> {

    /** Cognito's operation name, e.g. {@code SignUp}. */
    String operation();

    Class<Q> requestType();

    /** Does the operation; returns the response record (an empty record for an empty response). */
    Record handle(Q request);
}
