package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.action.CognitoAction;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code X-Amz-Target} and a JSON body into an action call, and its answer back into JSON: user pool
 * operations and identity pool operations, each under its own target prefix.
 */
final class ActionDispatcher {

    static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    static final String IDENTITY_TARGET_PREFIX = "AWSCognitoIdentityService.";

    private final Map<String, CognitoAction<?>> actions;
    private final Map<String, CognitoAction<?>> identityActions;
    private final JsonMapper json = WireJson.cognito();

    ActionDispatcher(Map<String, CognitoAction<?>> actions, Map<String, CognitoAction<?>> identityActions) {
        this.actions = Map.copyOf(actions);
        this.identityActions = Map.copyOf(identityActions);
    }

    /** The operation a target names, e.g. {@code SignUp}; UnknownOperationException when there is none such. */
    Operation operationOf(String target) {
        if (target != null && target.startsWith(TARGET_PREFIX)
                && actions.containsKey(target.substring(TARGET_PREFIX.length()))) {
            return new Operation(Operation.USER_POOLS, target.substring(TARGET_PREFIX.length()));
        }
        if (target != null && target.startsWith(IDENTITY_TARGET_PREFIX)
                && identityActions.containsKey(target.substring(IDENTITY_TARGET_PREFIX.length()))) {
            return new Operation(Operation.IDENTITY, target.substring(IDENTITY_TARGET_PREFIX.length()));
        }
        throw new PoolException(PoolError.UNKNOWN_OPERATION, null);
    }

    byte[] dispatch(Operation operation, byte[] body) {
        Map<String, CognitoAction<?>> table = operation.service().equals(Operation.IDENTITY) ? identityActions : actions;
        return json.writeValueAsBytes(invoke(table.get(operation.name()), body));
    }

    private <Q extends Record> Record invoke(CognitoAction<Q> action, byte[] body) {
        Q request = parse(body, action.requestType());
        RequiredMembers.check(request);
        return action.handle(request);
    }

    private <Q extends Record> Q parse(byte[] body, Class<Q> type) {
        try {
            Q request = json.readValue(body.length == 0 ? "{}".getBytes() : body, type);
            if (request == null) {
                throw new PoolException(PoolError.SERIALIZATION, "The request body must be a JSON object.");
            }
            return request;
        } catch (JacksonException e) {
            // Jackson's message may quote the body, which can hold a password: say only where it broke
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new PoolException(PoolError.SERIALIZATION,
                    "The request body is not valid JSON for this operation" + where + ".");
        }
    }
}
