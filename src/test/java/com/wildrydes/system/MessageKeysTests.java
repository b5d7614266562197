package com.wildrydes.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the site uses exists in English and in Korean, and the two files agree. */
class MessageKeysTests {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    /** A whole key in quotes; a prefix ending in a dot ({@code "admin.action." + path}) is built, not used. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:notice|error|password|signin|register|verify|forgot|reset|newPassword|account|ride|outbox|home|field|nav|footer|admin)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyKeyUsedInTemplatesJavaAndEnumsIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(MAIN.resolve("resources/templates"), ".html", TEMPLATE_KEY));
        used.addAll(keysIn(MAIN.resolve("java"), ".java", JAVA_KEY));
        Arrays.stream(CognitoFailureReason.values()).map(CognitoFailureReason::messageKey).forEach(used::add);
        Arrays.stream(PasswordRule.values()).map(PasswordRule::messageKey).forEach(used::add);

        assertThat(used).contains("home.cta", "notice.codeSent", "error.cognito.unavailable", "password.rule.symbol");
        assertThat(messages("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(messages("messages_ko.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndKoreanIsTranslated() throws IOException {
        Properties english = messages("messages.properties");
        Properties korean = messages("messages_ko.properties");

        assertThat(korean.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        long untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(korean.getProperty(key))).count();
        assertThat(untranslated).as("keys with the same text in both files").isZero();
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties messages(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources").resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
