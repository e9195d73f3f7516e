package com.souk.rules.candidates;

import com.souk.common.NotFoundException;
import com.souk.common.SqlTimes;
import com.souk.workflow.ModelFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The files analysts uploaded and are still working on (table rule_candidates). Each analyst sees only their own;
 * to anyone else an analyst's candidate does not exist. Admins read them all. Kept on JdbcClient: a candidate is a
 * file kept between two pages, added and removed whole, with no state of its own to guard.
 */
@Repository
public class RuleCandidates {

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleCandidates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long add(ModelFile file, String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_candidates (file_name, content, uploaded_by, uploaded_at) values (?, ?, ?, ?)")
                .params(file.name(), file.text(), user, SqlTimes.utc(clock.instant())).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The candidate as this user may see it: an analyst their own, an admin any.
     *
     * @throws NotFoundException when there is none the user may see
     */
    public Candidate visibleTo(long id, String user, boolean admin) {
        return byId(id).filter(c -> admin || c.uploadedBy().equals(user)).orElseThrow(() ->
                new NotFoundException("There is no candidate " + id + " of yours."));
    }

    /** The user's candidates (every analyst's for an admin), newest first. */
    public List<Candidate> listFor(String user, boolean admin, int limit) {
        return admin
                ? jdbc.sql("select * from rule_candidates order by id desc limit ?").param(limit)
                        .query(RuleCandidates::map).list()
                : jdbc.sql("select * from rule_candidates where uploaded_by = ? order by id desc limit ?")
                        .params(user, limit).query(RuleCandidates::map).list();
    }

    /** Once deployed, the file lives on as a model version; the candidate is done. */
    public void remove(long id) {
        jdbc.sql("delete from rule_candidates where id = ?").param(id).update();
    }

    private Optional<Candidate> byId(long id) {
        return jdbc.sql("select * from rule_candidates where id = ?").param(id).query(RuleCandidates::map).optional();
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("file_name"), rs.getString("content"),
                rs.getString("uploaded_by"), SqlTimes.instant(rs, "uploaded_at"));
    }
}
