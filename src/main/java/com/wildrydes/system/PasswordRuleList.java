package com.wildrydes.system;

import com.wildrydes.cognito.error.PasswordRule;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the password rules ({@code passwordRules}), so the field fragment lists them from
 * {@link PasswordRule} itself: the page, its script and the error messages cannot disagree.
 */
@ControllerAdvice
class PasswordRuleList {

    static final String MODEL_NAME = "passwordRules";
    private static final List<PasswordRule> RULES = List.of(PasswordRule.values());

    @ModelAttribute(MODEL_NAME)
    List<PasswordRule> passwordRules() {
        return RULES;
    }
}
