package com.wildrydes.ride;

import com.wildrydes.cognito.identity.CallerIdentity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The ride page's "Your AWS identity": what the identity pool gave the rider and who STS says that is. Holds no
 * secret: the credentials themselves stay in the session.
 *
 * @param state          whether there is an identity pool, and whether it answered
 * @param identityId     the rider's identity id, when shown
 * @param expiration     when the credentials expire, when shown
 * @param expirationText that instant in the rider's language (the time zone is UTC, which the text says)
 * @param caller         STS GetCallerIdentity's answer; null when STS did not give one
 */
public record AwsIdentitySection(State state, String identityId, Instant expiration, String expirationText,
        CallerIdentity caller) {

    /** Named "UTC" in the text (ZoneOffset.UTC would read "Z"): the rider's own zone is not known. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** What the section can say. */
    public enum State { NO_IDENTITY_POOL, UNAVAILABLE, SHOWN }

    static AwsIdentitySection noIdentityPool() {
        return new AwsIdentitySection(State.NO_IDENTITY_POOL, null, null, null, null);
    }

    static AwsIdentitySection unavailable() {
        return new AwsIdentitySection(State.UNAVAILABLE, null, null, null, null);
    }

    static AwsIdentitySection shown(String identityId, Instant expiration, CallerIdentity caller, Locale locale) {
        String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(locale)
                .withZone(UTC).format(expiration);
        return new AwsIdentitySection(State.SHOWN, identityId, expiration, text, caller);
    }

    public boolean isShown() {
        return state == State.SHOWN;
    }

    public boolean isUnavailable() {
        return state == State.UNAVAILABLE;
    }

    public boolean hasNoIdentityPool() {
        return state == State.NO_IDENTITY_POOL;
    }
}
