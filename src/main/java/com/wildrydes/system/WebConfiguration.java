package com.wildrydes.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The site's languages: English and Korean. {@code ?lang=ko} / {@code ?lang=en} switches and is
 * remembered in a cookie; without one the browser's Accept-Language decides, English when it names
 * neither. Forms Tomcat will not parse get an error page of their own ({@link OversizedForms}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);
    static final String LANGUAGE_COOKIE = "wildrydes-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> nearestSupported(Collections.list(request.getLocales())));
        return resolver;
    }

    /** Also on the error dispatch, which must not ask the refused request for its parameters again. */
    @Bean
    FilterRegistrationBean<OversizedForms> oversizedForms() {
        FilterRegistrationBean<OversizedForms> registration = new FilterRegistrationBean<>(new OversizedForms());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(OversizedForms.ORDER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    /** The first of the reader's languages the site speaks, or English. */
    static Locale nearestSupported(List<Locale> preferred) {
        for (Locale locale : preferred) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** A cookie can only ever hold a language the site has (a stray {@code ?lang=fr} gives English). */
    private static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            Locale locale = super.parseLocaleValue(value);
            return locale == null ? null : nearestSupported(List.of(locale));
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext chosen) {
            Locale locale = chosen == null ? null : chosen.getLocale();
            super.setLocaleContext(request, response,
                    locale == null ? null : new SimpleLocaleContext(nearestSupported(List.of(locale))));
        }
    }
}
