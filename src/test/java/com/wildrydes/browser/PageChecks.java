package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What every page a journey visits must get right, checked in the live DOM: no console errors,
 * a label for each visible field, autocomplete hints password managers understand, and every
 * stylesheet, script and image served by the site itself.
 */
final class PageChecks {

    // Each entry names a problem; an empty list means the page is fine.
    private static final String UNLABELLED_FIELDS = """
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(f => f.type !== 'hidden' && f.offsetParent !== null)
              .filter(f => !f.id || !document.querySelector('label[for="' + f.id + '"]'))
              .map(f => f.name || f.outerHTML);""";
    private static final String FOREIGN_ASSETS = """
            return [...document.querySelectorAll('link[href], script[src], img[src]')]
              .map(e => e.href || e.src)
              .filter(url => !url.startsWith('data:')) // inline (the authenticator QR code): fetched from nowhere
              .filter(url => new URL(url).origin !== location.origin);""";
    private static final String WRONG_AUTOCOMPLETE = """
            const wrong = [];
            document.querySelectorAll('input[type=password]').forEach(f => {
              if (!['new-password', 'current-password'].includes(f.autocomplete)) wrong.push(f.name); });
            document.querySelectorAll('input[type=email]').forEach(f => {
              if (f.autocomplete !== 'email') wrong.push(f.name); });
            document.querySelectorAll('input[name=code]').forEach(f => {
              if (f.autocomplete !== 'one-time-code') wrong.push(f.name); });
            return wrong;""";

    private PageChecks() {
    }

    /** Screenshots the page, then checks it; the screenshot is kept even when a check fails. */
    static void visit(Browser browser, String page) {
        browser.screenshot(page);
        String where = page + " (" + browser.path() + ")";
        assertThat(browser.consoleErrors()).as("console errors on " + where).isEmpty();
        assertThat(problems(browser, UNLABELLED_FIELDS)).as("fields without <label for> on " + where).isEmpty();
        assertThat(problems(browser, WRONG_AUTOCOMPLETE)).as("fields with a wrong autocomplete on " + where).isEmpty();
        assertThat(problems(browser, FOREIGN_ASSETS)).as("assets from elsewhere on " + where).isEmpty();
    }

    /** For the phone layout: the page fits the screen, nothing scrolls sideways. */
    static void fitsWidth(Browser browser, int width) {
        Object scrollWidth = browser.driver().executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) scrollWidth).intValue()).as("page width on " + browser.path()).isLessThanOrEqualTo(width);
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Browser browser, String script) {
        return (List<String>) browser.driver().executeScript(script);
    }
}
