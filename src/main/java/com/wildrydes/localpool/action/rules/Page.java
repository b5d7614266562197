package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a List* answer: at most {@code limit} items, and the opaque token of the next page when more remain.
 * The List* operations differ only in how they find where the page starts; {@link #of} does the rest.
 *
 * @param <T> what is listed
 */
public record Page<T>(List<T> items, String nextToken) {

    /**
     * The page at the head of {@code rest} (the items after the previous page); the next token names its last
     * item's key.
     */
    public static <T> Page<T> of(List<T> rest, int limit, Function<T, String> key) {
        if (rest.size() <= limit) {
            return new Page<>(rest, null);
        }
        List<T> items = rest.subList(0, limit);
        return new Page<>(items, PageToken.after(key.apply(items.get(items.size() - 1))));
    }

    /**
     * The items listed after the one whose key is {@code after} (all of them for the first page), for lists kept in
     * creation order; an unknown key is an invalid token.
     */
    public static <T> List<T> restAfter(List<T> all, String after, Function<T, String> key) {
        if (after == null) {
            return all;
        }
        for (int i = 0; i < all.size(); i++) {
            if (key.apply(all.get(i)).equals(after)) {
                return all.subList(i + 1, all.size());
            }
        }
        throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid pagination token");
    }

    public <R> Page<R> map(Function<T, R> shape) {
        return new Page<>(items.stream().map(shape).toList(), nextToken);
    }
}
