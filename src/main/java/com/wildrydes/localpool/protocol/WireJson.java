package com.wildrydes.localpool.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** The JSON of Cognito's wire protocol (AWS JSON 1.1). */
final class WireJson {

    private WireJson() {
    }

    /**
     * Records map to Cognito's member names (component {@code userPoolId} is member {@code UserPoolId}); absent
     * members are left out, never written as null (AWS's JavaScript client breaks on {@code "RefreshToken": null});
     * timestamps are epoch seconds, as AWS JSON 1.1 sends them; unknown request members are ignored. A value of
     * the wrong JSON type (a number for a string, "5" for a number, 1.5 for an integer) fails as AWS's
     * SerializationException does, instead of being coerced.
     */
    static JsonMapper cognito() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .build();
    }

    /** Plain JSON for the local pool's own endpoints (the outbox): lowerCamelCase, ISO-8601 instants. */
    static JsonMapper plain() {
        return JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }
}
