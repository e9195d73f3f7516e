package com.souk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The user accounts, handed out as signed-in principals ({@link SoukUser}). */
public interface Users extends Repository<Account, Long> {

    Account save(Account account);

    @Query("select a from Account a where a.username = :username")
    Optional<Account> findByUsername(String username);

    Optional<Account> findById(long id);

    @Query("select count(a) > 0 from Account a where a.username = :username")
    boolean usernameTaken(String username);

    @Query("select count(a) > 0 from Account a where a.email = :email")
    boolean emailTaken(String email);

    @Query("select a from Account a where a.id in :ids")
    List<Account> findByIdIn(Collection<Long> ids);

    long count();

    default Optional<SoukUser> byUsername(String username) {
        return findByUsername(username).map(Account::principal);
    }

    default Optional<SoukUser> byId(long id) {
        return findById(id).map(Account::principal);
    }

    /** Display names by id, for lists that show many sellers at once. */
    default Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return findByIdIn(ids).stream().map(Account::principal)
                .collect(Collectors.toMap(SoukUser::id, SoukUser::displayName, (a, b) -> a));
    }

    default SoukUser create(String username, String passwordHash, String displayName, Role role) {
        return save(new Account(username, passwordHash, displayName, role)).principal();
    }
}
