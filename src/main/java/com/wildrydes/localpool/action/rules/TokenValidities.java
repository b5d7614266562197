package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.TokenValidity;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ClientSettings;
import com.wildrydes.localpool.wire.UserPoolClientShapes.TokenValidityUnitsType;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Token lifetimes as CreateUserPoolClient and UpdateUserPoolClient take them: a value and an optional unit
 * (TokenValidityUnits may be absent, or name only some tokens). Without a unit Cognito
 * reads access and ID validity in hours and refresh validity in days; without a value it uses 60 minutes,
 * 60 minutes and 30 days.
 */
public final class TokenValidities {

    private static final Set<String> UNITS = Set.of("seconds", "minutes", "hours", "days");
    private static final Duration LONGEST_ACCESS = Duration.ofDays(1);
    private static final Duration LONGEST_REFRESH = Duration.ofDays(3650);

    private TokenValidities() {
    }

    /** The validities a CreateUserPoolClient or UpdateUserPoolClient request sets. */
    public record Validities(TokenValidity access, TokenValidity id, TokenValidity refresh) {
    }

    /** Access, then ID, then refresh validity, checked in that order as Cognito does. */
    public static Validities of(ClientSettings settings) {
        TokenValidityUnitsType units = settings.tokenValidityUnits();
        return new Validities(access(settings.accessTokenValidity(), units), id(settings.idTokenValidity(), units),
                refresh(settings.refreshTokenValidity(), units));
    }

    private static TokenValidity access(Long value, TokenValidityUnitsType units) {
        return validity(value, units == null ? null : units.accessToken(), "hours", new TokenValidity(60, "minutes"),
                LONGEST_ACCESS, "AccessToken");
    }

    private static TokenValidity id(Long value, TokenValidityUnitsType units) {
        return validity(value, units == null ? null : units.idToken(), "hours", new TokenValidity(60, "minutes"),
                LONGEST_ACCESS, "IdToken");
    }

    private static TokenValidity refresh(Long value, TokenValidityUnitsType units) {
        return validity(value, units == null ? null : units.refreshToken(), "days", new TokenValidity(30, "days"),
                LONGEST_REFRESH, "RefreshToken");
    }

    private static TokenValidity validity(Long value, String unit, String defaultUnit, TokenValidity fallback,
            Duration longest, String token) {
        if (unit != null && !UNITS.contains(unit)) {
            throw PoolException.validation(List.of("Value '" + unit + "' at 'tokenValidityUnits."
                    + lowerFirst(token) + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[seconds, minutes, hours, days]"));
        }
        if (value == null) {
            return fallback;
        }
        TokenValidity validity = new TokenValidity(value, unit == null ? defaultUnit : unit);
        if (value < 1 || validity.duration().compareTo(longest) > 0) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    token + " validity must be between 1 second and " + longest.toDays() + " days.");
        }
        return validity;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
