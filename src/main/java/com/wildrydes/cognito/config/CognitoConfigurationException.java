package com.wildrydes.cognito.config;

/**
 * The {@code wildrydes.cognito.*} settings cannot name a usable pool. The message is one sentence
 * naming the setting and its environment variable, so start-up fails with something a person can act on.
 */
public class CognitoConfigurationException extends IllegalStateException {

    public CognitoConfigurationException(String sentence) {
        super(sentence);
    }
}
