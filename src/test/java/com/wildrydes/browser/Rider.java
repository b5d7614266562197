package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person using the site in one Chromium: fills in and sends the forms the way they are shown,
 * and every page they land on is screenshotted and checked by {@link PageChecks}.
 */
final class Rider {

    private static final String SEND = "main form button.button--accent[type=submit]";

    final Browser browser;
    final String email;
    private final int width;

    Rider(Browser browser, String email, int width) {
        this.browser = browser;
        this.email = email;
        this.width = width;
    }

    /** Opens a path by address, as with a bookmark or a typed URL. */
    void opens(String path, String page) {
        browser.open(path);
        sees(page);
    }

    /** Clicks a link or button that leads to another page. */
    void follows(String css, String page) {
        browser.clickToNextPage(css);
        sees(page);
    }

    void sees(String page) {
        PageChecks.visit(browser, page);
        PageChecks.fitsWidth(browser, width);
    }

    /** On /register: fills the form, screenshots the ticked rules, and sends it. */
    void registers(String password, String confirmation, String nextPage) {
        browser.type("#email", email);
        browser.type("#password", password);
        browser.type("#confirmPassword", confirmation);
        browser.screenshot("register-filled");
        sends(nextPage);
    }

    /** From a page with the outbox link: opens the outbox and reads the newest code sent to this rider. */
    String readsCodeInOutbox() {
        follows(".dev-hint a[href='/local/outbox']", "outbox");
        return OutboxPage.newestCodeFor(browser, email);
    }

    /** On /verify: enters the code (and the email when the page does not remember it) and sends. */
    void verifies(String code, String nextPage) {
        fillEmailIfEmpty();
        browser.type("#code", code);
        sends(nextPage);
    }

    /** On /signin: enters email and password and sends. */
    void signsIn(String password, String nextPage) {
        fillEmailIfEmpty();
        browser.type("#password", password);
        sends(nextPage);
    }

    /** Sends the page's main form with its accent button. */
    void sends(String nextPage) {
        browser.clickToNextPage(SEND);
        sees(nextPage);
    }

    /**
     * Registers, verifies with the emailed code (which signs the rider in), signs out and opens the sign-in page,
     * where the journeys that need a verified rider start.
     */
    void becomesVerified(String password) {
        opens("/register", "register");
        registers(password, password, "verify");
        String code = readsCodeInOutbox();
        follows("main a.button--accent[href='/verify']", "verify-with-code");
        verifies(code, "ride");
        follows(".ride__signout button", "home-signed-out");
        opens("/signin", "signin");
        assertThat(browser.path()).isEqualTo("/signin");
    }

    private void fillEmailIfEmpty() {
        if (browser.find("#email").getAttribute("value").isEmpty()) {
            browser.type("#email", email);
        }
    }
}
