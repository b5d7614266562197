package com.wildrydes.system;

import com.wildrydes.cognito.error.CognitoAuthException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts Cognito's InvalidPasswordException next to the new-password field, naming the rule when Cognito did. */
public final class PasswordRuleErrors {

    /** Model (or flash) attribute: the broken rule's name, which the field fragment marks in its rule list. */
    public static final String BROKEN_RULE = "brokenRule";

    private PasswordRuleErrors() {
    }

    public static void explain(CognitoAuthException failure, String field, BindingResult result, Model model) {
        failure.brokenRule().ifPresentOrElse(rule -> {
            result.rejectValue(field, "password.rule.broken",
                    new Object[] {new DefaultMessageSourceResolvable(rule.messageKey())}, null);
            model.addAttribute(BROKEN_RULE, rule.name());
        }, () -> result.rejectValue(field, failure.messageKey()));
    }
}
