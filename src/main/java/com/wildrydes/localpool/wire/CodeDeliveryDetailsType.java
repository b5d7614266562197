package com.wildrydes.localpool.wire;

/**
 * Cognito's CodeDeliveryDetailsType: where a code was sent, masked.
 *
 * @param destination    e.g. {@code a***@e***}
 * @param deliveryMedium EMAIL
 * @param attributeName  email
 */
public record CodeDeliveryDetailsType(String destination, String deliveryMedium, String attributeName) {

    public static CodeDeliveryDetailsType email(String address) {
        return new CodeDeliveryDetailsType(mask(address), "EMAIL", "email");
    }

    /** Cognito shows the first character of the local part and of the domain: {@code a***@e***}. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return address.charAt(0) + "***";
        }
        return address.charAt(0) + "***@" + address.charAt(at + 1) + "***";
    }
}
