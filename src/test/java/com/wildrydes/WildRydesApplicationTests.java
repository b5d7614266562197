package com.wildrydes;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.config.CognitoSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
        "wildrydes.cognito.client-id=abcdefghijklmnopqrstuvwxyz"})
class WildRydesApplicationTests {

    @Autowired
    CognitoSettings settings;

    @Test
    void whenConfiguredThenSettingsCarryThePoolAndTheSeedsRegion() {
        assertThat(settings.userPoolId()).isEqualTo("ap-northeast-2_AbC123xYz");
        assertThat(settings.region()).isEqualTo("ap-northeast-2");
        assertThat(settings.authFlow()).isEqualTo(CognitoSettings.AuthFlow.USER_SRP_AUTH);
        assertThat(settings.toString()).doesNotContain("secret=s");
    }
}
