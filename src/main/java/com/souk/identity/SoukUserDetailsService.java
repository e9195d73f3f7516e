package com.souk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class SoukUserDetailsService implements UserDetailsService {

    private final Users users;

    SoukUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
