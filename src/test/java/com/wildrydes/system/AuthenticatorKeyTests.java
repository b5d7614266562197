package com.wildrydes.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The otpauth URI in Google Authenticator's key-uri format, and a QR code that reads back as that URI. */
class AuthenticatorKeyTests {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW";
    final AuthenticatorKey key = new AuthenticatorKey(SECRET, "ann+rides@example.com");

    @Test
    void uriNamesTheIssuerTheEmailAndTheSecret() {
        assertThat(key.uri()).isEqualTo("otpauth://totp/Wild%20Rydes:ann%2Brides%40example.com?secret=" + SECRET
                + "&issuer=Wild%20Rydes");
    }

    @Test
    void secretForReadingIsInGroupsOfFour() {
        assertThat(key.secretForReading()).startsWith("JBSW Y3DP EHPK 3PXP").endsWith(" JBSW");
        assertThat(key.secretForReading().replace(" ", "")).isEqualTo(SECRET);
    }

    @Test
    void qrCodeIsAnSvgDataUriThatReadsBackAsTheUri() throws Exception {
        String dataUri = key.qrDataUri();
        assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<script").doesNotContain("style=");

        assertThat(decode(svg)).isEqualTo(key.uri());
    }

    @Test
    void toStringKeepsTheSecretOut() {
        assertThat(key.toString()).doesNotContain(SECRET);
    }

    /** Draws the SVG's unit squares 4 pixels each and reads it with ZXing's decoder, as a phone camera would. */
    private static String decode(String svg) throws Exception {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * side + x * scale + dx] = 0xff000000;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(side, side, pixels)))).getText();
    }
}
