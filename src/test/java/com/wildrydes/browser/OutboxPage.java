package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reads the local outbox page as a rider would: the newest mail to their address, and its code. */
final class OutboxPage {

    private OutboxPage() {
    }

    /** The code in the newest mail to this address; the browser must be on /local/outbox. */
    static String newestCodeFor(Browser browser, String email) {
        assertThat(browser.path()).startsWith("/local/outbox");
        List<WebElement> mails = browser.findAll("li.mail").stream()
                .filter(mail -> mail.findElement(By.cssSelector(".mail__to strong")).getText().equals(email))
                .toList();
        assertThat(mails).as("mail to " + email + " in the outbox").isNotEmpty();
        String code = mails.get(0).findElement(By.cssSelector("output.code")).getText();
        assertThat(code).matches("\\d{6}|\\d{8}"); // 8: a sign-in code
        return code;
    }
}
