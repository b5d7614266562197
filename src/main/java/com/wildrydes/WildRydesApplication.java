package com.wildrydes;

import com.wildrydes.provision.ProvisionCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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
}
