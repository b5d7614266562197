package com.wildrydes;

import com.wildrydes.provision.ProvisionCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Wild Rydes site; with {@code provision} as the first argument, the provisioning command instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WildRydesApplication {

    public static void main(String[] args) {
        if (ProvisionCommand.isRequested(args)) {
            ProvisionCommand.runAndExit(args); // plain Java: no web server, no local pool
            return;
        }
        SpringApplication.run(WildRydesApplication.class, args);
    }

    /** The one clock the site and the local pool ask the time, so a test can set it in one place. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
