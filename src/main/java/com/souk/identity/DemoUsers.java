package com.souk.identity;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo accounts of API.md (password "demo") once; a restart keeps what is there. */
@Component
@Order(10)
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final Users users;
    private final PasswordEncoder encoder;

    DemoUsers(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        record Demo(String username, String name, Role role) {
        }
        List.of(new Demo("alice", "Alice Martin", Role.BUYER), new Demo("bob", "Bob Keller", Role.BUYER),
                new Demo("sam", "Sam's Electronics", Role.SELLER), new Demo("sara", "Sara Home & Books", Role.SELLER),
                new Demo("ada", "Ada (Disputes)", Role.AGENT), new Demo("nina", "Nina (Rules)", Role.ANALYST),
                new Demo("admin", "Administrator", Role.ADMIN))
                .stream()
                .filter(d -> users.byUsername(d.username()).isEmpty())
                .forEach(d -> users.create(d.username(), encoder.encode(PASSWORD), d.name(), d.role()));
    }
}
