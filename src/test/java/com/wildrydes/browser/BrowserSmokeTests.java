package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser tooling itself: Chromium starts, renders a page, and the screenshot is a real PNG. */
@ChromiumAvailable
class BrowserSmokeTests {

    @Test
    void screenshotWhenPageRenderedThenWritesAFullPagePng() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<!doctype html><title>t</title><h1>GIDDY UP!</h1><div style='height:2000px'></div>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try (Browser browser = new Browser("http://127.0.0.1:" + server.getAddress().getPort(), "smoke", 375, "en")) {
            browser.open("/");
            Path shot = browser.screenshot("home");

            assertThat(browser.text()).contains("GIDDY UP!");
            byte[] png = Files.readAllBytes(shot);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            int height = ((png[20] & 0xff) << 24) | ((png[21] & 0xff) << 16) | ((png[22] & 0xff) << 8) | (png[23] & 0xff);
            assertThat(height).as("full page, beyond the 900 px window").isGreaterThan(1900);
        } finally {
            server.stop(0);
        }
    }
}
