package com.wildrydes.provision;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What {@code provision} was asked to do.
 *
 * @param region       the AWS region, or null for the default region chain
 * @param poolName     the user pool's name; the seed's WildRydes by default
 * @param clientName   the app client's name; the seed's WildRydesWebApp by default
 * @param withSecret   create the app client with a secret
 * @param passwordAuth also allow USER_PASSWORD_AUTH on a new app client
 * @param emailCodes   a new pool also allows emailed sign-in codes (EMAIL_OTP) as a first factor; on AWS the pool
 *                     needs the Essentials tier and email through Amazon SES, which provision does not set up
 * @param adminEmail   an existing user to put into the admins group, or null
 * @param endpoint     a Cognito-compatible endpoint (e.g. the local pool), or null for AWS
 * @param mfa          a new pool's MFA with authenticator apps: OFF (default), OPTIONAL or ON
 * @param withIdentityPool also the identity pool WildRydesRiders linked to the app client, and the IAM role
 *                     WildRydesRider its signed-in riders assume
 * @param iamEndpoint  an IAM-compatible endpoint for that role, or null: IAM's own, or none with --endpoint (the
 *                     local pool has no IAM; the identity pool then gets a fixed role ARN)
 * @param passkeysRelyingPartyId null, or a new pool allows passkeys (WEB_AUTHN) as a first factor for this relying
 *                     party id: --relying-party-id, else PASSKEYS_RELYING_PARTY_ID (the site's
 *                     wildrydes.passkeys.relying-party-id), else localhost with --endpoint; on AWS it must be set
 */
public record ProvisionOptions(String region, String poolName, String clientName, boolean withSecret,
        boolean passwordAuth, boolean emailCodes, String adminEmail, String endpoint, String mfa,
        boolean withIdentityPool, String iamEndpoint, String passkeysRelyingPartyId) {

    static final String USAGE = "Usage: provision [--region R] [--pool-name WildRydes] [--client-name WildRydesWebApp]"
            + " [--with-secret] [--password-auth] [--email-codes] [--admin EMAIL] [--endpoint URL]"
            + " [--mfa OFF|OPTIONAL|ON] [--passkeys [--relying-party-id DOMAIN]] [--with-identity-pool [--iam-endpoint URL]]";
    /** The site's setting wildrydes.passkeys.relying-party-id, as the environment gives it to both. */
    static final String RELYING_PARTY_VARIABLE = "PASSKEYS_RELYING_PARTY_ID";

    /** Parses the arguments after {@code provision}; a mistake throws IllegalArgumentException with one sentence. */
    static ProvisionOptions parse(List<String> args) {
        return parse(args, System.getenv(RELYING_PARTY_VARIABLE));
    }

    /** As {@link #parse(List)}, with {@code relyingPartyVariable} standing for the environment's value. */
    static ProvisionOptions parse(List<String> args, String relyingPartyVariable) {
        Parsed parsed = new Parsed();
        parsed.relyingPartyId = relyingPartyVariable == null || relyingPartyVariable.isBlank() ? null
                : relyingPartyVariable.trim();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            switch (name) {
                case "--with-secret" -> parsed.withSecret = flag(arg, equals);
                case "--password-auth" -> parsed.passwordAuth = flag(arg, equals);
                case "--email-codes" -> parsed.emailCodes = flag(arg, equals);
                case "--with-identity-pool" -> parsed.withIdentityPool = flag(arg, equals);
                case "--passkeys" -> parsed.passkeys = flag(arg, equals);
                case "--region", "--pool-name", "--client-name", "--admin", "--endpoint", "--mfa", "--iam-endpoint",
                        "--relying-party-id" -> {
                    String value = equals > 0 ? arg.substring(equals + 1) : valueAfter(args, i++, name);
                    parsed.set(name, value);
                }
                default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'. " + USAGE);
            }
        }
        return parsed.options();
    }

    private static boolean flag(String arg, int equals) {
        if (equals > 0) {
            throw new IllegalArgumentException(arg.substring(0, equals) + " takes no value. " + USAGE);
        }
        return true;
    }

    private static String valueAfter(List<String> args, int index, String name) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value. " + USAGE);
        }
        return args.get(index + 1);
    }

    /** The options as they are read, checked once all are known. */
    private static final class Parsed {
        String region;
        String poolName = "WildRydes";
        String clientName = "WildRydesWebApp";
        boolean withSecret;
        boolean passwordAuth;
        boolean emailCodes;
        String adminEmail;
        String endpoint;
        String mfa = "OFF";
        boolean withIdentityPool;
        String iamEndpoint;
        boolean passkeys;
        String relyingPartyId;
        boolean relyingPartyGiven; // as --relying-party-id, not only through the environment the site shares

        void set(String name, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " needs a value. " + USAGE);
            }
            switch (name) {
                case "--region" -> region = value.trim();
                case "--pool-name" -> poolName = value.trim();
                case "--client-name" -> clientName = value.trim();
                case "--admin" -> adminEmail = value.trim();
                case "--mfa" -> mfa = checkedMfa(value.trim());
                case "--iam-endpoint" -> iamEndpoint = checkedEndpoint(name, value.trim());
                case "--relying-party-id" -> {
                    relyingPartyId = value.trim();
                    relyingPartyGiven = true;
                }
                default -> endpoint = checkedEndpoint(name, value.trim());
            }
        }

        ProvisionOptions options() {
            if (iamEndpoint != null && !withIdentityPool) {
                throw new IllegalArgumentException("--iam-endpoint is for the role of --with-identity-pool, which is "
                        + "not given. " + USAGE);
            }
            if (relyingPartyGiven && !passkeys) {
                throw new IllegalArgumentException("--relying-party-id is for --passkeys, which is not given. " + USAGE);
            }
            return new ProvisionOptions(region, poolName, clientName, withSecret, passwordAuth, emailCodes, adminEmail,
                    endpoint, mfa, withIdentityPool, iamEndpoint, passkeys ? checkedRelyingParty() : null);
        }

        /** A passkey belongs to a domain: AWS's pool needs the site's; the local pool serves localhost. */
        private String checkedRelyingParty() {
            String id = relyingPartyId != null ? relyingPartyId : endpoint != null ? "localhost" : null;
            if (id == null) {
                throw new IllegalArgumentException("--passkeys needs the site's domain as --relying-party-id (or "
                        + RELYING_PARTY_VARIABLE + "), e.g. rides.example.com. " + USAGE);
            }
            if (id.contains("://") || id.contains("/") || id.contains(":") || id.matches("[0-9.]+")) {
                throw new IllegalArgumentException("--relying-party-id must be a domain name such as rides.example.com"
                        + " (no scheme, port, path or IP address), but is '" + id + "'. " + USAGE);
            }
            return id;
        }
    }

    private static String checkedMfa(String mfa) {
        String upper = mfa.toUpperCase(java.util.Locale.ROOT);
        if (!List.of("OFF", "OPTIONAL", "ON").contains(upper)) {
            throw new IllegalArgumentException("--mfa must be OFF, OPTIONAL or ON, but is '" + mfa + "'. " + USAGE);
        }
        return upper;
    }

    private static String checkedEndpoint(String name, String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return endpoint;
            }
        } catch (URISyntaxException e) {
            // the same sentence as any other unusable endpoint
        }
        throw new IllegalArgumentException(name + " must be an http(s) URL such as http://127.0.0.1:9229, but is '"
                + endpoint + "'. " + USAGE);
    }
}
