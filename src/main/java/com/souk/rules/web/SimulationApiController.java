package com.souk.rules.web;

import com.souk.common.FieldErrorException;
import com.souk.rules.simulation.Simulation;
import com.souk.rules.simulation.Simulations;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Impact simulation of a candidate decision table over past orders and disputes, before it is deployed. */
@RestController
class SimulationApiController {

    private final Simulations simulations;

    SimulationApiController(Simulations simulations) {
        this.simulations = simulations;
    }

    @PostMapping(path = "/api/rules/simulations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    Simulation simulate(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "days", required = false) String days,
            @RequestParam(name = "decision", required = false) String decision,
            @AuthenticationPrincipal UserDetails user) {
        return simulations.simulate(UploadedModel.from(file), days(days), decision, user.getUsername());
    }

    /** A number of days, or nothing (or "all") for every past case. */
    static Integer days(String days) {
        if (days == null || days.isBlank() || days.strip().equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw new FieldErrorException("days", "must be a whole number of days between 1 and "
                    + Simulations.MAX_DAYS + ", or left out for all past cases");
        }
    }
}
