package nl.maatwerk.prioriteit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.maatwerk.prioriteit.Algoritmeregister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/algoritmeregister")
@Tag(name = "Algoritmeregister", description = "De beschrijving van het algoritme voor de werkvoorraad, volgens de publicatiestandaard; openbaar")
class AlgoritmeregisterApi {

    private final Algoritmeregister register;

    AlgoritmeregisterApi(Algoritmeregister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Registratie voor het Algoritmeregister", description = "Gemaakt uit de instellingen die nu gelden, met de gewichten per team. Zonder inloggen.")
    Algoritmeregister.Registratie registratie() {
        return register.registratie();
    }
}
