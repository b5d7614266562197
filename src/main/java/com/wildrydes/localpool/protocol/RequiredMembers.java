package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Checks the {@link Required} members of a request, nested ones included, with Cognito's wording and paths. */
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
            } else if (value instanceof Record nested) {
                collect(nested, member + ".", problems);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record element) {
                        collect(element, member + "." + (i + 1) + ".member.", problems);
                    }
                }
            }
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
