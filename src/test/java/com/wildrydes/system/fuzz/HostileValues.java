package com.wildrydes.system.fuzz;

import java.lang.Character.UnicodeBlock;
import java.util.List;
import org.instancio.Instancio;

/**
 * Values a visitor can type or a script can send, drawn from Instancio's generators (so a failure names the
 * seed that repeats it): unicode from several scripts and planes, control characters, markup and template
 * expressions carrying {@link #MARK}, huge and empty values, and plausible ones that get past validation.
 */
final class HostileValues {

    /** In every markup payload: the page may show it escaped, never as markup or as an attribute. */
    static final String MARK = "fuzzmark";
    /** What a template expression in a payload would print if the page evaluated it. */
    static final String EVALUATED = "fz49fz";

    /** Found raw in a page only if input was written unescaped (or evaluated). */
    static final List<String> RAW_REFLECTIONS = List.of("<" + MARK, "<script>" + MARK, "=\"" + MARK, "='" + MARK,
            "href=\"javascript:" + MARK, EVALUATED);

    private static final List<String> MARKUP = List.of("<" + MARK + ">", "\"><" + MARK + " x=1>", "'><" + MARK + ">",
            "<script>" + MARK + "()</script>", "\" onmouseover=\"" + MARK, "' onfocus='" + MARK,
            "javascript:" + MARK + "()", "fz${7*7}fz", "fz__${7*7}__fz", "fz[[${7*7}]]fz", "fz#{7*7}fz", "fz*{7*7}fz",
            "\"'<>&", "%3C" + MARK + "%3E", "&lt;" + MARK + "&gt;", "' OR '1'='1", "../../../../etc/passwd");

    private static final List<String> CONTROL = List.of("\u0000", "\t", "\r\n", "\n", "\u0007", "\u001b[31m", "\u007f",
            "\u0085", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd", "\ud800", "\udfff", "%00", "%0d%0a");

    private static final UnicodeBlock[] SCRIPTS = {UnicodeBlock.BASIC_LATIN, UnicodeBlock.LATIN_1_SUPPLEMENT,
        UnicodeBlock.HANGUL_SYLLABLES, UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, UnicodeBlock.ARABIC,
        UnicodeBlock.COMBINING_DIACRITICAL_MARKS, UnicodeBlock.EMOTICONS, UnicodeBlock.SPECIALS};

    private static final List<String> PLAUSIBLE = List.of("rider@example.com", "RIDER@Example.COM ", "a@b.co",
            "123456", "000000", "Unicorn-Rides-42", "/ride", "/ride?from=email", "/account", "/admin/users?q=a",
            "true", "false", "ko", "en", "disable", "enable", "delete", "confirm", "make-admin", "remove-admin");

    private HostileValues() {
    }

    /** One value: one to three pieces of different kinds run together, or empty. */
    static String any() {
        int pieces = Instancio.gen().ints().range(0, 3).get();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            value.append(piece());
        }
        return value.toString();
    }

    private static String piece() {
        return switch (Instancio.gen().ints().range(0, 9).get()) {
            case 0, 1 -> Instancio.gen().oneOf(MARKUP).get();
            case 2 -> Instancio.gen().oneOf(CONTROL).get();
            case 3, 4 -> Instancio.gen().string().unicode(SCRIPTS).length(1, 40).get();
            case 5 -> huge();
            case 6 -> Instancio.gen().oneOf(" ", "   ", "\u3000", "\u00a0").get();
            case 7 -> Instancio.gen().string().mixedCase().length(0, 20).get() + "@example.com";
            default -> Instancio.gen().oneOf(PLAUSIBLE).get();
        };
    }

    /** Far longer than any field takes, but under the 64 KB a form may have (a bigger one is refused before). */
    private static String huge() {
        return Instancio.gen().oneOf("a", "<", "\u00e9", "\ud83e\udd84", "%").get()
                .repeat(Instancio.gen().ints().range(300, 8_000).get());
    }

    /** A parameter name a script might add: an unknown one, a binder path, or one of the form's own again. */
    static String extraName(List<String> fields) {
        return switch (Instancio.gen().ints().range(0, 3).get()) {
            case 0 -> Instancio.gen().oneOf("class.module.classLoader.x", "email[0]", "password.length", "_method",
                    "lang", "continue", "page", "q").get();
            case 1 -> Instancio.gen().string().unicode(SCRIPTS).length(1, 12).get();
            default -> fields.isEmpty() ? "x" : Instancio.gen().oneOf(fields).get();
        };
    }
}
