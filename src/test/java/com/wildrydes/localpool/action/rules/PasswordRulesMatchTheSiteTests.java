package com.wildrydes.localpool.action.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pool keeps its own copy of Cognito's password rules (it may not import the site), so this checks that
 * the copy and the site's {@link PasswordRule} (which the pages and their script tick by) agree: the same
 * phrases, the same order, the same minimum length and the same characters for each rule.
 */
class PasswordRulesMatchTheSiteTests {

    private static final PasswordPolicy DEFAULT = PasswordPolicy.COGNITO_DEFAULT;
    private static final String PREFIX = "Password did not conform with policy: ";
    /** One character meeting exactly one rule each. */
    private static final Map<PasswordRule, String> WITNESS = Map.of(PasswordRule.UPPERCASE, "A",
            PasswordRule.LOWERCASE, "a", PasswordRule.NUMBER, "1", PasswordRule.SYMBOL, "!");
    /** Meets no character rule: neither side counts accented letters. */
    private static final String NO_RULE = "é";

    @ParameterizedTest
    @EnumSource(PasswordRule.class)
    void poolNamesEachBrokenRuleWithTheSitesPhrase(PasswordRule rule) {
        String breaksOnlyThisRule = rule == PasswordRule.MIN_LENGTH ? "Aa1!" : witnessesExcept(rule) + NO_RULE.repeat(8);

        assertThat(poolMessage(breaksOnlyThisRule)).isEqualTo(PREFIX + rule.cognitoPhrase());
    }

    @ParameterizedTest
    @EnumSource(PasswordRule.class)
    void bothCheckTheRulesInTheSameOrder(PasswordRule firstBroken) {
        String metBefore = Arrays.stream(PasswordRule.values()).filter(rule -> rule.ordinal() < firstBroken.ordinal())
                .map(rule -> WITNESS.getOrDefault(rule, "")).collect(Collectors.joining());
        String password = firstBroken == PasswordRule.MIN_LENGTH ? "" : metBefore + NO_RULE.repeat(8);

        assertThat(firstBrokenBySite(password)).isEqualTo(firstBroken);
        assertThat(firstBrokenByPool(password)).isEqualTo(firstBroken);
    }

    @Test
    void bothCountTheSameMinimumLength() {
        assertThat(PasswordRule.MINIMUM_LENGTH).isEqualTo(DEFAULT.minimumLength());
        for (int length = 0; length <= 12; length++) {
            String password = "Aa1!xxxxxxxx".substring(0, length);
            assertThat(firstBrokenByPool(password)).as("length %d", length).isEqualTo(firstBrokenBySite(password));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PasswordRule.class, names = "MIN_LENGTH", mode = EnumSource.Mode.EXCLUDE)
    void everyCharacterMeetsTheSameRulesOnBothSides(PasswordRule rule) {
        String others = witnessesExcept(rule);
        String characters = IntStream.rangeClosed(0x20, 0x7e).mapToObj(Character::toString)
                .collect(Collectors.joining()) + "\t\nÀéß٣Ａ１！€";
        characters.chars().mapToObj(Character::toString).forEach(character -> {
            String password = others + character.repeat(5);
            assertThat(firstBrokenByPool(password)).as("%s with %s", rule, character)
                    .isEqualTo(firstBrokenBySite(password));
        });
    }

    private static String witnessesExcept(PasswordRule rule) {
        return WITNESS.entrySet().stream().filter(entry -> entry.getKey() != rule).map(Map.Entry::getValue)
                .sorted().collect(Collectors.joining());
    }

    private static PasswordRule firstBrokenBySite(String password) {
        return Arrays.stream(PasswordRule.values()).filter(rule -> !rule.isMetBy(password)).findFirst().orElse(null);
    }

    private static PasswordRule firstBrokenByPool(String password) {
        String message = poolMessage(password);
        if (message == null) {
            return null;
        }
        PasswordRule rule = PasswordRule.fromCognitoMessage(message);
        assertThat(rule).as("the site reads the pool's message '%s'", message).isNotNull();
        assertThat(message).isEqualTo(PREFIX + rule.cognitoPhrase());
        return rule;
    }

    private static String poolMessage(String password) {
        try {
            PasswordRules.check(DEFAULT, password);
            return null;
        } catch (PoolException broken) {
            assertThat(broken.error()).isEqualTo(PoolError.INVALID_PASSWORD);
            return broken.getMessage();
        }
    }
}
