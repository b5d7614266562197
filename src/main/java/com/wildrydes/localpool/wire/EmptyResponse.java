package com.wildrydes.localpool.wire;

/** The answer of an operation whose response has no members: {@code {}}. */
public record EmptyResponse() {
}
