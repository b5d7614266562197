package com.wildrydes.localpool.user;

/**
 * One attribute of a pool's schema (Cognito's SchemaAttributeType, reduced to what the pool enforces).
 *
 * @param name     e.g. {@code email} or {@code custom:plan}
 * @param dataType String, Number, DateTime or Boolean
 * @param mutable  whether it may change after sign-up
 * @param required whether sign-up must supply it
 */
public record PoolAttribute(String name, String dataType, boolean mutable, boolean required) {
}
