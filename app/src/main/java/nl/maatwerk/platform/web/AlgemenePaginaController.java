package nl.maatwerk.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AlgemenePaginaController {

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }

    @GetMapping("/toegankelijkheid")
    String toegankelijkheid() {
        return "toegankelijkheid";
    }
}
