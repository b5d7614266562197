package com.wildrydes.cognito.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Times every Cognito call the site's SDK client makes, retries included, as {@value #METER}{operation, outcome}
 * ({@code wildrydes_cognito_calls_seconds} in Prometheus). An interceptor sees every operation, so no call site
 * has to remember. Outcomes stay few: {@code success}, {@code refused} (Cognito said no: 4xx),
 * {@code server_error} (5xx, throttling included) and {@code unreachable} (no answer: timeout, connection).
 */
final class CognitoCallMetrics implements ExecutionInterceptor {

    static final String METER = "wildrydes.cognito.calls";
    private static final ExecutionAttribute<Timer.Sample> STARTED = new ExecutionAttribute<>("wildrydes.callStarted");

    private final MeterRegistry registry;

    CognitoCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, Timer.start(registry));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        stop(attributes, "success");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        stop(attributes, outcomeOf(context.exception()));
    }

    static String outcomeOf(Throwable failure) {
        if (failure instanceof AwsServiceException answer) {
            return answer.statusCode() >= 500 || answer.isThrottlingException() ? "server_error" : "refused";
        }
        return failure instanceof SdkClientException ? "unreachable" : "error";
    }

    private void stop(ExecutionAttributes attributes, String outcome) {
        Timer.Sample started = attributes.getAttribute(STARTED);
        if (started == null) {
            return;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        started.stop(Timer.builder(METER).description("Calls from the site to Cognito, retries included")
                .tag("operation", operation == null ? "unknown" : operation).tag("outcome", outcome)
                .register(registry));
    }
}
