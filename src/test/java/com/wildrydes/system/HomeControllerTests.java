package com.wildrydes.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.signin.TestTokens;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The home page, the header that follows the session, languages, headers and what is public. */
@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homeWhenAnonymousThenGiddyUpToRegisterAndSignInInTheHeader() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unicorn ride-sharing")))
                .andExpect(content().string(containsString(
                        "<a class=\"button button--accent button--huge\" href=\"/register\">GIDDY UP!</a>")))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/signin\">Sign in</a>")))
                .andExpect(content().string(not(containsString("action=\"/signout\""))));
    }

    @Test
    void homeWhenSignedInThenHeaderOffersRideAndSignOut() throws Exception {
        mvc.perform(get("/").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/ride\">Ride</a>")))
                .andExpect(content().string(containsString("action=\"/signout\"")))
                .andExpect(content().string(not(containsString("GIDDY UP!"))));
    }

    @Test
    void homeInKoreanFromAcceptLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ko-KR"))
                .andExpect(content().string(containsString("<html lang=\"ko\">")))
                .andExpect(content().string(containsString("유니콘을 부르세요. 바람처럼 달리세요.")))
                .andExpect(content().string(containsString(">이랴!</a>")));
    }

    @Test
    void languageSwitchIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "ko"))
                .andExpect(cookie().value("wildrydes-lang", "ko"))
                .andExpect(cookie().httpOnly("wildrydes-lang", true))
                .andExpect(content().string(containsString("<html lang=\"ko\">")));

        mvc.perform(get("/").cookie(new Cookie("wildrydes-lang", "ko")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"ko\">")));
    }

    @Test
    void languagesTheSiteDoesNotSpeakFallBackToEnglish() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndTheDefaultHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void pagesUseNoInlineScriptAndNoAssetFromAnotherSite() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<script src=\"/js/wildrydes.js\" defer></script>")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("src=\"http"))))
                .andExpect(content().string(not(containsString("href=\"http"))))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    void staticAssetsArePublic() throws Exception {
        mvc.perform(get("/css/wildrydes.css")).andExpect(status().isOk());
        mvc.perform(get("/js/wildrydes.js")).andExpect(status().isOk());
        mvc.perform(get("/img/unicorn.svg")).andExpect(status().isOk());
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void anyOtherPageNeedsSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/signin"));
    }
}
