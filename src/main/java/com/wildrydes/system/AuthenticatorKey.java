package com.wildrydes.system;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * An authenticator app's secret as the setup pages show it: the otpauth:// URI of Google Authenticator's key-uri
 * format (issuer "Wild Rydes", the rider's email as label), and that URI as a QR code drawn here with ZXing, an SVG
 * in a {@code data:} URI, which the site's CSP allows for images ({@code img-src 'self' data:}): no CDN, no
 * script. The secret is the rider's to see on that page only: none of this is logged.
 *
 * @param secret the Base32 secret Cognito's AssociateSoftwareToken gave
 * @param email  the rider's email, the account's label in the app
 */
public record AuthenticatorKey(String secret, String email) {

    public static final String ISSUER = "Wild Rydes";
    /** Modules of blank space around the code, as the QR specification asks, so cameras find its edge. */
    private static final int QUIET_ZONE = 4;

    /** {@code otpauth://totp/Wild%20Rydes:<email>?secret=...&issuer=Wild%20Rydes}: SHA-1, 6 digits, 30 s by default. */
    public String uri() {
        return "otpauth://totp/" + encode(ISSUER) + ":" + encode(email) + "?secret=" + secret + "&issuer="
                + encode(ISSUER);
    }

    /** The secret in groups of four, as people copy it by hand. */
    public String secretForReading() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The QR code of {@link #uri} as {@code data:image/svg+xml;base64,...}, for an {@code <img src>}. */
    public String qrDataUri() {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(uri(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("An otpauth URI always fits a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules.getWidth() + " "
                + modules.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "AuthenticatorKey[email=" + email + "]";
    }
}
