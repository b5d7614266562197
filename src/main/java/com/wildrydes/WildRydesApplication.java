package com.wildrydes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Wild Rydes site. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WildRydesApplication {

    public static void main(String[] args) {
        SpringApplication.run(WildRydesApplication.class, args);
    }
}
