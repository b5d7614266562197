package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.wire.Length;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's members before any action sees them, with Cognito's wording and paths: the {@link Required}
 * ones are present, strings keep their {@link Length}, and no list or map holds a null (AWS's validation refuses
 * those; an action would fail on them with a 500). Nested records are checked the same way.
 */
final class RequiredMembers {

    private RequiredMembers() {
    }

    static void check(Record request) {
        List<String> problems = new ArrayList<>();
        collect(request, "", problems);
        if (!problems.isEmpty()) {
            throw PoolException.validation(problems);
        }
    }

    private static void collect(Record record, String path, List<String> problems) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = valueOf(component, record);
            String member = path + component.getName();
            if (value == null && component.isAnnotationPresent(Required.class)) {
                problems.add(PoolException.missing(member));
            } else if (value instanceof String text && component.isAnnotationPresent(Length.class)) {
                checkLength(text, component.getAnnotation(Length.class), member, problems);
            } else if (value instanceof Record nested) {
                collect(nested, member + ".", problems);
            } else if (value instanceof List<?> list) {
                collectElements(list, member, problems);
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, entry) -> {
                    if (entry == null) {
                        problems.add(PoolException.missing(member + "." + key));
                    }
                });
            }
        }
    }

    private static void collectElements(List<?> list, String member, List<String> problems) {
        for (int i = 0; i < list.size(); i++) {
            String element = member + "." + (i + 1) + ".member";
            if (list.get(i) == null) {
                problems.add(PoolException.missing(element));
            } else if (list.get(i) instanceof Record record) {
                collect(record, element + ".", problems);
            }
        }
    }

    private static void checkLength(String text, Length length, String member, List<String> problems) {
        int count = text.codePointCount(0, text.length());
        if (count > length.max()) {
            problems.add(PoolException.tooLong(member, length.max()));
        } else if (count < length.min()) {
            problems.add(PoolException.tooShort(member, length.min()));
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read request member " + component.getName(), e);
        }
    }
}
