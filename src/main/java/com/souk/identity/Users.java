package com.souk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts table. */
@Repository
public class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SoukUser> byUsername(String username) {
        return jdbc.sql("select * from users where username = ?").param(username)
                .query(Users::map).optional();
    }

    public Optional<SoukUser> byId(long id) {
        return jdbc.sql("select * from users where id = ?").param(id).query(Users::map).optional();
    }

    /** Display names by id, for lists that show many sellers at once. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<SoukUser> found = jdbc.sql("select * from users where id in (:ids)").param("ids", ids)
                .query(Users::map).list();
        return found.stream().collect(Collectors.toMap(SoukUser::id, SoukUser::displayName, (a, b) -> a));
    }

    public SoukUser create(String username, String passwordHash, String displayName, Role role) {
        jdbc.sql("insert into users (username, password_hash, display_name, role) values (?, ?, ?, ?)")
                .params(username, passwordHash, displayName, role.name()).update();
        return byUsername(username).orElseThrow();
    }

    private static SoukUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SoukUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("password_hash"));
    }

}
