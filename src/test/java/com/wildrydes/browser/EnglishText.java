package com.wildrydes.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The site's English phrases that Korean replaces: any of them on a Korean page is a leak.
 * Phrases of two words or more, so a claim name or an address cannot match by chance.
 */
final class EnglishText {

    private EnglishText() {
    }

    static List<String> phrasesKoreanTranslates() {
        Properties english = load("/messages.properties");
        Properties korean = load("/messages_ko.properties");
        return english.stringPropertyNames().stream()
                .filter(key -> !Objects.equals(english.getProperty(key), korean.getProperty(key)))
                .map(english::getProperty)
                .filter(text -> text.contains(" ") && !text.contains("{"))
                .sorted()
                .toList();
    }

    private static Properties load(String resource) {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(EnglishText.class.getResourceAsStream(resource)), StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
