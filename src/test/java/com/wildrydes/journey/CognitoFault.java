package com.wildrydes.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.wildrydes.cognito.CognitoWire;
import java.time.Duration;

/**
 * The ways Cognito (or the pool's key set) can fail to answer properly, as WireMock serves them. The site under
 * test waits {@link #PATIENCE} for an answer, so {@link #TIMEOUT} answers well after that.
 */
enum CognitoFault {

    /** Cognito's own throttling answer: a 400 whose __type the SDK also treats as throttling (and retries). */
    THROTTLING(true) {
        @Override
        ResponseDefinitionBuilder response() {
            return CognitoWire.error(400, "TooManyRequestsException", "Too many requests");
        }
    },
    SERVER_ERROR(false) {
        @Override
        ResponseDefinitionBuilder response() {
            return CognitoWire.error(500, "InternalErrorException", "Internal server error.");
        }
    },
    TIMEOUT(false) {
        @Override
        ResponseDefinitionBuilder response() {
            return CognitoWire.answer("{}").withFixedDelay((int) PATIENCE.toMillis() * 2);
        }
    },
    CONNECTION_RESET(false) {
        @Override
        ResponseDefinitionBuilder response() {
            return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        }
    },
    MALFORMED_CHUNK(false) {
        @Override
        ResponseDefinitionBuilder response() {
            return aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
        }
    },
    /** A 200 from something that is not Cognito (a captive portal, a misrouted proxy). */
    NOT_JSON(false) {
        @Override
        ResponseDefinitionBuilder response() {
            return aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Gateway says hello</body></html>");
        }
    };

    /**
     * The site's call timeout in these tests (wildrydes.cognito.calls.timeout): short, yet longer than the
     * SDK's throttling pause (at most 0.5 s before the second attempt), which would otherwise end as a timeout.
     */
    static final Duration PATIENCE = Duration.ofMillis(1000);

    private final boolean throttling;

    CognitoFault(boolean throttling) {
        this.throttling = throttling;
    }

    abstract ResponseDefinitionBuilder response();

    /** Throttling reads "too many attempts, try again shortly"; every other fault "try again in a moment". */
    boolean isThrottling() {
        return throttling;
    }
}
