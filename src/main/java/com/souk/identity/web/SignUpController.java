package com.souk.identity.web;

import com.souk.common.FieldErrorException;
import com.souk.identity.Role;
import com.souk.identity.SignUp;
import com.souk.identity.SoukUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

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
        signIn(user, request, response);
        redirect.addFlashAttribute("notice", "Welcome, " + user.displayName() + ". Your account is ready.");
        return user.is(Role.SELLER) ? "redirect:/seller/listings" : "redirect:/";
    }

    /** As a form login would: a new session id, the user in the security context, kept in the session. */
    private void signIn(SoukUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
