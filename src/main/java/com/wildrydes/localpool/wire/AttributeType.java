package com.wildrydes.localpool.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cognito's AttributeType: one user attribute on the wire.
 *
 * @param name  e.g. email
 * @param value e.g. ann@example.com
 */
public record AttributeType(@Required @Length(min = 1, max = 32) String name, @Length(max = 2048) String value) {

    public static Map<String, String> toMap(List<AttributeType> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        if (attributes != null) {
            for (AttributeType attribute : attributes) {
                map.put(attribute.name(), attribute.value());
            }
        }
        return map;
    }

    /** The user's attributes as Cognito lists them: sub first. */
    public static List<AttributeType> listOf(String sub, Map<String, String> attributes) {
        List<AttributeType> list = new ArrayList<>();
        list.add(new AttributeType("sub", sub));
        attributes.forEach((name, value) -> list.add(new AttributeType(name, value)));
        return list;
    }
}
