package com.souk.identity.web;

import com.souk.common.FieldErrorException;
import com.souk.identity.Role;
import com.souk.identity.SignUp;
import com.souk.identity.SoukUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-up page: a new buyer or seller makes an account and is signed in with it at once. */
@Controller
class SignUpController {

    private final SignUp signUp;

    SignUpController(SignUp signUp) {
        this.signUp = signUp;
    }

    @GetMapping("/signup")
    String form(Authentication signedIn, Model model) {
        if (signedIn != null && signedIn.isAuthenticated() && signedIn.getPrincipal() instanceof SoukUser) {
            return "redirect:/";
        }
        model.addAttribute("signup", new SignUpForm());
        return "signup";
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute("signup") SignUpForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        SoukUser user;
        try {
            user = signUp.register(form.application()).user();
        } catch (FieldErrorException e) {
            e.errors().forEach(f -> errors.rejectValue(f.field(), "signup." + f.field(), f.message()));
            return "signup";
        }
        SessionSignIn.signIn(user, request, response);
        redirect.addFlashAttribute("notice", "Welcome, " + user.displayName() + ". Your account is ready.");
        return user.is(Role.SELLER) ? "redirect:/seller/listings" : "redirect:/";
    }
}
