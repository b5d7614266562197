package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.action.CognitoAction;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns {@code X-Amz-Target} and a JSON body into an action call, and its answer back into JSON. */
final class ActionDispatcher {

    static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private final Map<String, CognitoAction<?>> actions;
    private final JsonMapper json = WireJson.cognito();

    ActionDispatcher(Map<String, CognitoAction<?>> actions) {
        this.actions = Map.copyOf(actions);
    }

    /** The operation name of a target, e.g. {@code SignUp}; UnknownOperationException when there is none such. */
    String operationOf(String target) {
        String operation = target != null && target.startsWith(TARGET_PREFIX)
                ? target.substring(TARGET_PREFIX.length()) : null;
        if (operation == null || !actions.containsKey(operation)) {
            throw new PoolException(PoolError.UNKNOWN_OPERATION, null);
        }
        return operation;
    }

    byte[] dispatch(String operation, byte[] body) {
        return json.writeValueAsBytes(invoke(actions.get(operation), body));
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
