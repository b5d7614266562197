package com.wildrydes.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Wild Rydes home page: what it is and the GIDDY UP! call to action. */
@Controller
class HomeController {

    static final String HOME_VIEW = "home";

    @GetMapping(Routes.HOME)
    String showHome() {
        return HOME_VIEW;
    }
}
