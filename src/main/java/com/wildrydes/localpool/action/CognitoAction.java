package com.wildrydes.localpool.action;

import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.Required;
import java.util.function.Function;

/**
 * One Cognito operation as the protocol layer calls it. The protocol layer finds the action by {@link #operation}
 * (the part of {@code X-Amz-Target} after {@code AWSCognitoIdentityProviderService.}), binds the JSON body to
 * {@link #requestType} (a record whose components are Cognito's member names in lowerCamelCase), checks the
 * components marked {@code Required}, calls {@link #handle} and writes the returned record as JSON, leaving null
 * members out. Failures are thrown as {@code PoolException}.
 *
 * @param operation   Cognito's operation name, e.g. {@code SignUp}
 * @param requestType the request record
 * @param handler     does the operation; returns the response record ({@code EmptyResponse} for none)
 * @param <Q>         the request record
 */
public record CognitoAction<Q extends Record>(String operation, Class<Q> requestType,
        Function<Q, ? extends Record> handler) {

    public Record handle(Q request) {
        return handler.apply(request);
    }
}
