package com.souk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import jakarta.servlet.http.HttpServletResponse;

/** Pages sign in with a form and CSRF; /api/** uses stateless HTTP Basic and answers errors as problem+json. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(SoukUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        return new VerifiedCredentials(passwordCheck);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/accounts").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/products/*/inquiries").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/products", "/api/products/**").permitAll()
                        .requestMatchers("/api/admin/**", "/api/ledger/summary").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("souk")
                        .authenticationEntryPoint((req, res, e) -> write(res, json, 401, "Not signed in",
                                "Send HTTP Basic credentials of a Souk user.", true)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> write(res, json, 401, "Not signed in",
                                "Send HTTP Basic credentials of a Souk user.", true))
                        .accessDeniedHandler((req, res, e) -> write(res, json, 403, "Forbidden",
                                "Your role does not allow this action.", false)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/signup", "/error", "/css/**", "/webjars/**", "/js/**", "/products/**", "/favicon.ico",
                                "/actuator/health/**", "/api-docs/**", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/rules/**").hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                        // Operaton's webapps: Cockpit and Admin for admins, Tasklist (and the session check every
                        // app makes) for admins and agents; the engine's own authorizations narrow it further.
                        .requestMatchers("/operaton/api/admin/auth/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                        .requestMatchers("/operaton/app/cockpit/**", "/operaton/api/cockpit/**", "/operaton/app/admin/**",
                                "/operaton/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/operaton/**").hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                        .anyRequest().authenticated())
                // The webapps' API has its own CSRF protection (the X-XSRF-TOKEN header their scripts send).
                .csrf(csrf -> csrf.ignoringRequestMatchers("/operaton/api/**"))
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPages()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .build();
    }

    private static void write(HttpServletResponse res, ObjectMapper json, int status, String title,
            String detail, boolean challenge) throws IOException {
        res.setStatus(status);
        if (challenge) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"souk\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(res.getOutputStream(), Map.of("status", status, "title", title, "detail", detail));
    }
}
