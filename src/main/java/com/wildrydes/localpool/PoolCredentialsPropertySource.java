package com.wildrydes.localpool;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Publishes the pool's key pair to the site's SDK client as {@code wildrydes.cognito.credentials.*}, so the site
 * signs its management calls without knowing the pool. The pair is read (on a first start, generated) only when
 * first asked: by then every property source is in, test properties that move the data dir included, which an
 * EnvironmentPostProcessor runs too early to see.
 */
final class PoolCredentialsPropertySource extends PropertySource<String> {

    static final String NAME = "wildrydesLocalPoolCredentials";
    static final String ACCESS_KEY_ID = "wildrydes.cognito.credentials.access-key-id";
    static final String SECRET_ACCESS_KEY = "wildrydes.cognito.credentials.secret-access-key";

    /** Not the source object: Spring Boot would read an environment there as more property sources, endlessly. */
    private final ConfigurableEnvironment environment;

    PoolCredentialsPropertySource(ConfigurableEnvironment environment) {
        super(NAME, "the local pool's key pair");
        this.environment = environment;
    }

    @Override
    public Object getProperty(String name) {
        if (!name.equals(ACCESS_KEY_ID) && !name.equals(SECRET_ACCESS_KEY)) {
            return null; // the settings bound below are looked up here too: answer them without recursion
        }
        LocalPoolSettings settings = Binder.get(environment).bindOrCreate("wildrydes.local-pool", LocalPoolSettings.class);
        PoolCredentials credentials = PoolCredentials.resolve(settings.accessKeyId(), settings.secretAccessKey(),
                settings.dataDir());
        return name.equals(ACCESS_KEY_ID) ? credentials.accessKeyId() : credentials.secretAccessKey();
    }
}
