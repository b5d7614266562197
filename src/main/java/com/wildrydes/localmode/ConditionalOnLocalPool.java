package com.wildrydes.localmode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean, controller or configuration that exists only while the embedded local pool runs ({@link LocalMode}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = LocalMode.ACTIVE_PROPERTY, havingValue = "true")
public @interface ConditionalOnLocalPool {
}
