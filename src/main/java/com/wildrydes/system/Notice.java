package com.wildrydes.system;

import java.io.Serializable;
import java.util.List;

/**
 * A one-line message shown at the top of the next page (flash attribute {@value #FLASH_NAME}).
 * Holds a message key and its arguments, never the text, so it shows in the reader's language.
 */
public record Notice(Kind kind, String messageKey, List<String> arguments) implements Serializable {

    public static final String FLASH_NAME = "notice";

    /** How the notice looks: a success is green, info is neutral, a warning asks for attention. */
    public enum Kind { SUCCESS, INFO, WARNING }

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice success(String messageKey, String... arguments) {
        return new Notice(Kind.SUCCESS, messageKey, List.of(arguments));
    }

    public static Notice info(String messageKey, String... arguments) {
        return new Notice(Kind.INFO, messageKey, List.of(arguments));
    }

    public static Notice warning(String messageKey, String... arguments) {
        return new Notice(Kind.WARNING, messageKey, List.of(arguments));
    }

    /** For the template: {@code #messages.msgWithParams(notice.messageKey, notice.argumentArray)}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** The CSS modifier, e.g. {@code notice--success}. */
    public String cssClass() {
        return "notice--" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
