package com.wildrydes.cognito.config;

import java.util.Locale;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Refuses a success that is not in Cognito's wire format (AWS JSON 1.1). The SDK reads no body for operations
 * that answer nothing (ChangePassword, ConfirmForgotPassword, GlobalSignOut, the Admin* actions), so without this
 * any 200 (a captive portal, a misrouted proxy, a connection cut after the status line) would tell the user their
 * password changed when Cognito never heard of it. The failure is an {@link SdkClientException}: "no answer".
 */
final class CognitoAnswerCheck implements ExecutionInterceptor {

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        SdkHttpResponse response = context.httpResponse();
        if (response.isSuccessful() && !isJson(response.firstMatchingHeader("Content-Type").orElse(""))) {
            throw SdkClientException.create("Cognito's endpoint answered HTTP " + response.statusCode()
                    + " without AWS JSON (Content-Type '" + response.firstMatchingHeader("Content-Type").orElse("")
                    + "'): not Cognito's answer");
        }
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).trim();
        return type.startsWith("application/x-amz-json") || type.startsWith("application/json");
    }
}
