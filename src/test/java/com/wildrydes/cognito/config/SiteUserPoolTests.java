package com.wildrydes.cognito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

class SiteUserPoolTests {

    static final CognitoPool POOL = new CognitoPool("ap-northeast-2_AbC123xYz", "4lq0k1o2ab3cd4ef5gh6ij7kl8", null);
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @SuppressWarnings("unchecked")
    final Supplier<CognitoPool> provisioner = mock(Supplier.class);
    final SiteUserPool sitePool = SiteUserPool.provisioned("WildRydes", "WildRydesWebApp", provisioner);

    @Test
    void whenTheLocalPoolDoesNotListenYetThenEarlyProvisioningTriesAgainUntilItAnswers() {
        when(provisioner.get()).thenThrow(connectionRefused(), connectionRefused())
                .thenReturn(POOL);

        sitePool.startResolving(Runnable::run, PATIENCE);
        sitePool.resolveWhenReady();

        assertThat(sitePool.current()).isEqualTo(POOL);
        verify(provisioner, times(3)).get();
    }

    @Test
    void whenThePoolAnswersWithAnErrorThenEarlyProvisioningStopsAndReadinessTriesOnceMore() {
        when(provisioner.get())
                .thenThrow(CognitoIdentityProviderException.builder().message("throttled").build())
                .thenReturn(POOL);

        sitePool.startResolving(Runnable::run, PATIENCE);
        verify(provisioner, times(1)).get();
        sitePool.resolveWhenReady();

        assertThat(sitePool.current()).isEqualTo(POOL);
        verify(provisioner, times(2)).get();
    }

    @Test
    void applicationIsNotReadyBeforeEarlyProvisioningHasFinished() throws Exception {
        when(provisioner.get()).thenReturn(POOL);
        List<Runnable> provisioning = new ArrayList<>();
        sitePool.startResolving(provisioning::add, PATIENCE);

        CompletableFuture<Void> ready = CompletableFuture.runAsync(sitePool::resolveWhenReady);
        Thread.sleep(200);
        assertThat(ready).as("the ready event waits for provisioning").isNotDone();
        provisioning.forEach(Runnable::run);

        ready.get(10, TimeUnit.SECONDS);
        verify(provisioner, times(1)).get();
    }

    @Test
    void whenClosedWhileTheLocalPoolDoesNotAnswerThenEarlyProvisioningStopsRetryingAndItsThreadEnds()
            throws Exception {
        when(provisioner.get()).thenThrow(connectionRefused());
        List<Thread> workers = new ArrayList<>();
        sitePool.startResolving(task -> {
            Thread worker = new Thread(task, "site-pool-provisioning");
            workers.add(worker);
            worker.start();
        }, PATIENCE);
        verify(provisioner, timeout(5_000).atLeast(2)).get(); // it is retrying

        sitePool.destroy();

        workers.get(0).join(1_000);
        assertThat(workers.get(0).isAlive()).as("still retrying after close").isFalse();
    }

    @Test
    void configuredPoolNeedsNoProvisioning() {
        SiteUserPool configured = SiteUserPool.configured(POOL);

        configured.startResolving(task -> {
            throw new AssertionError("nothing to provision");
        }, PATIENCE);
        configured.resolveWhenReady();

        assertThat(configured.current()).isEqualTo(POOL);
    }

    private static SdkClientException connectionRefused() {
        return SdkClientException.create("Unable to execute HTTP request: Connection refused");
    }
}
