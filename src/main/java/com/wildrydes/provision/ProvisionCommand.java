package com.wildrydes.provision;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.provision.CognitoProvisioning;
import com.wildrydes.cognito.provision.IdentityPoolSpec;
import com.wildrydes.cognito.provision.PoolSpec;
import com.wildrydes.cognito.provision.ProvisioningException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code provision}: the seed's console steps as one command. It creates (or finds) the user pool, the app
 * client and the admins group (with {@code --with-identity-pool}, also the identity pool and its riders' IAM role),
 * then prints the settings to export, one {@code NAME=value} line each, on stdout. Progress and failures go to stderr; a failure is one sentence and exit code 1 (2 for a usage mistake).
 * No web server, no local pool: this runs before, and instead of, the Spring application.
 */
public final class ProvisionCommand {

    public static final String NAME = "provision";

    /** Where the calls go: by default AWS (or --endpoint, --iam-endpoint), through the SDK. */
    interface Connection {
        CognitoProvisioning open(String region, String endpoint, String iamEndpoint);
    }

    private final Connection connect;

    ProvisionCommand(Connection connect) {
        this.connect = connect;
    }

    /** True when the program's arguments ask for this command rather than the site. */
    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command and ends the JVM with its exit code. Logs go to stderr only, so stdout stays exportable. */
    public static void runAndExit(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "provision-logback.xml");
        }
        System.exit(new ProvisionCommand(CognitoProvisioning::connect).run(args, System.out, System.err));
    }

    /** {@code args} as given to main, starting with {@code provision}. Returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err) {
        List<String> options = Arrays.asList(args).subList(1, args.length);
        if (options.contains("--help") || options.contains("-h")) {
            out.println(ProvisionOptions.USAGE);
            return 0;
        }
        ProvisionOptions parsed;
        try {
            parsed = ProvisionOptions.parse(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (CognitoProvisioning cognito = connect.open(parsed.region(), parsed.endpoint(), parsed.iamEndpoint())) {
            CognitoPool pool = cognito.provision(new PoolSpec(parsed.poolName(), parsed.clientName(),
                    parsed.withSecret(), parsed.passwordAuth(), parsed.mfa(), parsed.emailCodes(),
                    parsed.passkeysRelyingPartyId()), parsed.adminEmail());
            String identityPoolId = parsed.withIdentityPool()
                    ? cognito.provisionIdentityPool(IdentityPoolSpec.SITE, pool) : null;
            printSettings(out, pool, identityPoolId, cognito.region(), parsed.endpoint());
            return 0;
        } catch (ProvisioningException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) { // a bug: still one sentence, never a stack trace
            err.println("Provisioning failed unexpectedly (" + e.getClass().getSimpleName() + ").");
            return 1;
        }
    }

    private static void printSettings(PrintStream out, CognitoPool pool, String identityPoolId, String region,
            String endpoint) {
        out.println("COGNITO_USER_POOL_ID=" + pool.userPoolId());
        out.println("COGNITO_CLIENT_ID=" + pool.clientId());
        if (pool.hasClientSecret()) {
            out.println("COGNITO_CLIENT_SECRET=" + pool.clientSecret());
        }
        if (identityPoolId != null) {
            out.println("COGNITO_IDENTITY_POOL_ID=" + identityPoolId);
        }
        out.println("AWS_REGION=" + region);
        if (endpoint != null) { // the site must call the same endpoint, or it would look for the pool on AWS
            out.println("COGNITO_ENDPOINT=" + endpoint);
        }
    }
}
