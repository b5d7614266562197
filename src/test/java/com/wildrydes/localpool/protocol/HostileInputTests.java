package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.SignedCalls;
import com.wildrydes.localpool.wire.Length;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For every operation in the table, hostile bodies: each member null, of the wrong JSON type, a list or map
 * holding a null, a huge string, deeply nested, non-UTF-8; and bodies that are not JSON objects at all. None may
 * give a 500: a refused request is a 4xx with a Cognito {@code __type}. Each variant starts from a plausible
 * request (the seeded pool, client and user), so that the hostile member, not a missing one, is what the pool meets.
 */
class HostileInputTests {

    private static final String EMAIL = "ann@example.com";
    private static final String NON_UTF8_MARK = "NON-UTF8-HERE";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    private Map<String, Object> plausible;

    @BeforeEach
    void seed() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(EMAIL).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
        var tokens = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD))).authenticationResult();
        plausible = Map.ofEntries(Map.entry("UserPoolId", seed.poolId()), Map.entry("ClientId", seed.clientId()),
                Map.entry("Username", EMAIL), Map.entry("Password", PoolExamples.PASSWORD),
                Map.entry("PreviousPassword", PoolExamples.PASSWORD), Map.entry("ProposedPassword", "Pegasus-Flight2"),
                Map.entry("AccessToken", tokens.accessToken()), Map.entry("Token", tokens.refreshToken()),
                Map.entry("AuthFlow", "USER_PASSWORD_AUTH"), Map.entry("ChallengeName", "PASSWORD_VERIFIER"),
                Map.entry("GroupName", "riders"), Map.entry("PoolName", "Hostile"),
                Map.entry("ClientName", "Hostile"), Map.entry("ConfirmationCode", "123456"));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileMembersWithA4xxAndACognitoType() {
        List<DynamicTest> tests = new ArrayList<>();
        pool.requestTypes().forEach((operation, type) -> {
            for (RecordComponent component : type.getRecordComponents()) {
                for (Variant variant : variants(component)) {
                    String name = operation + "." + memberName(component) + " " + variant.name();
                    tests.add(DynamicTest.dynamicTest(name, () -> variant.expectation()
                            .check(name, send(operation, body(type, component, variant)))));
                }
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesABodyThatIsNotAJsonObject() {
        List<byte[]> bodies = List.of(utf8("{\"UserPoolId\":"), utf8("null"), utf8("[]"), utf8("\"x\""), utf8("42"),
                utf8("{\"a\":1}}"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                utf8("[".repeat(100_000)));
        return pool.requestTypes().keySet().stream().flatMap(operation -> bodies.stream()
                .map(body -> {
                    String name = operation + " " + preview(body);
                    return DynamicTest.dynamicTest(name,
                            () -> Expectation.SERIALIZATION.check(name, send(operation, body)));
                }));
    }

    private record Variant(String name, Object value, Expectation expectation) {
    }

    /** What a variant may answer: refused as unreadable, refused by validation, or anything but a 500. */
    private enum Expectation {
        SERIALIZATION, INVALID_PARAMETER, NO_SERVER_ERROR;

        void check(String name, HttpResponse<String> response) {
            String what = name + ": " + response.body();
            assertThat(response.statusCode()).as(what).isLessThan(500);
            if (response.statusCode() == 200 && this == NO_SERVER_ERROR) {
                return;
            }
            assertThat(response.statusCode()).as(what).isBetween(400, 499);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.path("__type").asString()).as(what).isNotBlank().isNotEqualTo("InternalErrorException");
            if (this == SERIALIZATION) {
                assertThat(error.path("__type").asString()).as(what).isEqualTo("SerializationException");
            } else if (this == INVALID_PARAMETER) {
                assertThat(error.path("__type").asString()).as(what).isEqualTo("InvalidParameterException");
            }
        }
    }

    private static List<Variant> variants(RecordComponent component) {
        Class<?> type = component.getType();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("null", null, Expectation.NO_SERVER_ERROR));
        variants.add(new Variant("deeply nested", new Raw("[".repeat(5_000) + "]".repeat(5_000)),
                Expectation.SERIALIZATION));
        if (type == String.class) {
            variants.add(new Variant("a number", 12345, Expectation.SERIALIZATION));
            variants.add(new Variant("an object", Map.of("a", "b"), Expectation.SERIALIZATION));
            variants.add(new Variant("a list", List.of("a"), Expectation.SERIALIZATION));
            variants.add(new Variant("a boolean", true, Expectation.SERIALIZATION));
            variants.add(new Variant("non-UTF-8", NON_UTF8_MARK, Expectation.SERIALIZATION));
            variants.add(new Variant("huge", "a".repeat(300_000), component.isAnnotationPresent(Length.class)
                    ? Expectation.INVALID_PARAMETER : Expectation.NO_SERVER_ERROR));
        } else if (type == List.class) {
            variants.add(new Variant("an object", Map.of("a", "b"), Expectation.SERIALIZATION));
            variants.add(new Variant("a string", "x", Expectation.SERIALIZATION));
            variants.add(new Variant("holding a null", nullList(), Expectation.INVALID_PARAMETER));
            if (elementType(component) != String.class) {
                variants.add(new Variant("holding a record with a number", List.of(Map.of("Name", 1)),
                        Expectation.SERIALIZATION));
                variants.add(new Variant("holding a record with a null name", new Raw("[{\"Name\":null}]"),
                        Expectation.INVALID_PARAMETER));
            } else {
                variants.add(new Variant("holding a number", List.of(1), Expectation.SERIALIZATION));
            }
        } else if (type == Map.class) {
            variants.add(new Variant("a list", List.of("a"), Expectation.SERIALIZATION));
            variants.add(new Variant("a string", "x", Expectation.SERIALIZATION));
            variants.add(new Variant("holding a null", new Raw("{\"USERNAME\":null,\"PASSWORD\":null}"),
                    Expectation.INVALID_PARAMETER));
            if (((ParameterizedType) component.getGenericType()).getActualTypeArguments()[1] == String.class) {
                // a map of strings; a document (Map<String, Object>, e.g. a WebAuthn credential) may hold numbers
                variants.add(new Variant("holding a number", Map.of("USERNAME", 1), Expectation.SERIALIZATION));
            }
        } else if (type == Boolean.class || type == Integer.class || type == Long.class) {
            variants.add(new Variant("a string", "1", Expectation.SERIALIZATION));
            variants.add(new Variant("an object", Map.of("a", "b"), Expectation.SERIALIZATION));
            variants.add(new Variant("a fraction", 1.5, Expectation.SERIALIZATION));
            variants.add(new Variant("out of range", new Raw("1" + "0".repeat(40)), Expectation.SERIALIZATION));
        } else {
            variants.add(new Variant("a string", "x", Expectation.SERIALIZATION));
            variants.add(new Variant("a list", List.of("a"), Expectation.SERIALIZATION));
            variants.add(new Variant("holding nulls", new Raw("{\"Name\":null,\"AccessToken\":null}"),
                    Expectation.NO_SERVER_ERROR));
        }
        return variants;
    }

    /** The plausible request with one member replaced. */
    private byte[] body(Class<? extends Record> type, RecordComponent hostile, Variant variant) {
        ObjectNode body = JSON.createObjectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component != hostile) {
                body.set(memberName(component), JSON.valueToTree(plausibleValue(component)));
            }
        }
        String json;
        if (variant.value() instanceof Raw raw) {
            body.put(memberName(hostile), "RAW-HERE");
            json = body.toString().replace("\"RAW-HERE\"", raw.json());
        } else {
            body.set(memberName(hostile), JSON.valueToTree(variant.value()));
            json = body.toString();
        }
        return json.contains(NON_UTF8_MARK) ? withNonUtf8(json) : utf8(json);
    }

    private Object plausibleValue(RecordComponent component) {
        String member = memberName(component);
        Class<?> type = component.getType();
        if (type == String.class) {
            return plausible.getOrDefault(member, "x");
        } else if (type == Boolean.class) {
            return true;
        } else if (type == Integer.class || type == Long.class) {
            return 10;
        } else if (type == Map.class) {
            return Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD);
        } else if (type == List.class) {
            return elementType(component) == String.class ? List.of("email")
                    : List.of(Map.of("Name", "email", "Value", EMAIL));
        }
        return Map.of();
    }

    private HttpResponse<String> send(String operation, byte[] body) throws Exception {
        // Signed, so that the IAM-authorised operations meet the hostile member, not the missing signature.
        return HTTP.send(SignedCalls.to(pool).operation(operation, body), HttpResponse.BodyHandlers.ofString());
    }

    /** JSON text spliced in as is (nesting, nulls inside maps, numbers too large for Jackson's tree). */
    private record Raw(String json) {
    }

    private static String memberName(RecordComponent component) {
        return Character.toUpperCase(component.getName().charAt(0)) + component.getName().substring(1);
    }

    private static Class<?> elementType(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    private static List<Object> nullList() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    /** The body with the marker replaced by bytes that are not UTF-8 (a lone continuation, a bad lead byte). */
    private static byte[] withNonUtf8(String json) {
        String[] parts = json.split(NON_UTF8_MARK, -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(parts[0]));
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes(utf8(parts[1]));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 16), StandardCharsets.ISO_8859_1);
        return body.length > 16 ? text + "..." : text;
    }
}
