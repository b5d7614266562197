package com.wildrydes.signin;

import java.util.regex.Pattern;

/**
 * WebAuthn binds a passkey to a domain name (the relying party id); browsers refuse passkeys on a page opened by IP
 * address. The passkey pages say so when that is how the site was opened (e.g. http://127.0.0.1:8080).
 */
public final class PasskeyAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private PasskeyAddress() {
    }

    public static boolean isIpAddress(String host) {
        return host != null && (IPV4.matcher(host).matches() || host.contains(":") || host.startsWith("["));
    }
}
