package com.souk.identity.web;

import com.souk.common.FieldErrorException;
import com.souk.identity.Profiles;
import com.souk.identity.SoukUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account page: the name others see and the e-mail address, and a new password. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SoukUser user, Model model) {
        Profiles.Profile profile = profiles.of(user);
        return page(profile, profile.displayName(), profile.email(), Map.of(), model);
    }

    @PostMapping
    String describe(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        try {
            SoukUser renamed = profiles.describe(user, displayName, email);
            SessionSignIn.keep(renamed, request, response);
        } catch (FieldErrorException e) {
            return page(profiles.of(user), displayName, email, messages(e), model);
        }
        redirect.addFlashAttribute("notice", "Your profile is saved.");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SoukUser user,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            Model model, RedirectAttributes redirect) {
        try {
            profiles.changePassword(user, currentPassword, newPassword);
        } catch (FieldErrorException e) {
            Profiles.Profile profile = profiles.of(user);
            return page(profile, profile.displayName(), profile.email(), messages(e), model);
        }
        redirect.addFlashAttribute("notice", "Your password is changed. Use the new one from now on.");
        return "redirect:/profile";
    }

    private static String page(Profiles.Profile profile, String displayName, String email,
            Map<String, String> problems, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("displayName", displayName);
        model.addAttribute("email", email);
        model.addAttribute("problems", problems);
        return "profile";
    }

    private static Map<String, String> messages(FieldErrorException e) {
        Map<String, String> byField = new HashMap<>();
        e.errors().forEach(f -> byField.putIfAbsent(f.field(), f.message()));
        return byField;
    }
}
