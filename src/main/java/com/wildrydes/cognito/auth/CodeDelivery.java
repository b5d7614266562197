package com.wildrydes.cognito.auth;

/** Where Cognito sent a code: {@code CodeDeliveryDetails.Destination} (masked, e.g. {@code a***@e***}) and medium. */
public record CodeDelivery(String destination, String medium) {
}
