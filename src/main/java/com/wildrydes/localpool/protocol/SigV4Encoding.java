package com.wildrydes.localpool.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The encodings and hashes of Signature Version 4's canonical request, as its specification words them. */
final class SigV4Encoding {

    private SigV4Encoding() {
    }

    /**
     * The path as received, URI-encoded once more: every service but S3 signs the encoded path encoded again.
     * The pool's API is {@code POST /}, so this matters only for a client's mistakes.
     */
    static String canonicalPath(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : uriEncode(rawPath, true);
    }

    /** Each name and value decoded, then URI-encoded; sorted by name, then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new String[] {uriEncode(decode(name), false), uriEncode(decode(value), false)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return pairs.stream().map(pair -> pair[0] + "=" + pair[1]).collect(Collectors.joining("&"));
    }

    /** A header's values trimmed, inner runs of spaces made one, joined by commas. */
    static String headerValue(List<String> values) {
        return values.stream().map(value -> value.trim().replaceAll("\\s+", " ")).collect(Collectors.joining(","));
    }

    /** RFC 3986: unreserved characters stay, every other byte becomes %XX (upper case); '/' stays in paths. */
    static String uriEncode(String text, boolean path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (path && c == '/')) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0); // each derived key is used once
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A '+' in a query is a literal plus to SigV4, not a space as in HTML forms. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // signed as sent; the signature then decides
        }
    }
}
