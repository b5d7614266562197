package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * WebAuthn options and credentials cross the wire as JSON documents (the SDK's {@link Document}); the page and the
 * browser speak JSON text. The SDK has no public converter between the two, so this is the small one the site needs.
 */
final class WebAuthnJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WebAuthnJson() {
    }

    /** JSON text, e.g. CredentialCreationOptions for {@code navigator.credentials.create}. */
    static String text(Document document) {
        return JSON.writeValueAsString(node(document));
    }

    /** The browser's credential (RegistrationResponseJSON) as a document; text that is not a JSON object is refused. */
    static Document document(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw notACredential();
            }
            return document(node);
        } catch (JacksonException e) {
            throw notACredential();
        }
    }

    private static CognitoAuthException notACredential() {
        return new CognitoAuthException(CognitoFailureReason.INVALID_PARAMETER, "NotACredential", null);
    }

    private static Document document(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> members = new LinkedHashMap<>();
            node.properties().forEach(member -> members.put(member.getKey(), document(member.getValue())));
            return Document.fromMap(members);
        }
        if (node.isArray()) {
            List<Document> items = new ArrayList<>();
            node.values().forEach(item -> items.add(document(item)));
            return Document.fromList(items);
        }
        if (node.isNumber()) { // COSE algorithm ids (-7) and timeouts stay integers
            return node.isIntegralNumber() ? Document.fromNumber(node.bigIntegerValue())
                    : Document.fromNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        return node.isNull() ? Document.fromNull() : Document.fromString(node.asString());
    }

    private static JsonNode node(Document document) {
        if (document == null || document.isNull()) {
            return NODES.nullNode();
        }
        if (document.isMap()) {
            ObjectNode object = NODES.objectNode();
            document.asMap().forEach((name, value) -> object.set(name, node(value)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(item -> array.add(node(item)));
            return array;
        }
        if (document.isNumber()) {
            BigDecimal number = document.asNumber().bigDecimalValue();
            return number.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(number.toBigIntegerExact())
                    : NODES.numberNode(number);
        }
        return document.isBoolean() ? NODES.booleanNode(document.asBoolean()) : NODES.stringNode(document.asString());
    }
}
