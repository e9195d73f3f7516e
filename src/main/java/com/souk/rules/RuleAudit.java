package com.souk.rules;

import com.souk.common.PageOf;
import com.souk.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log of the workbench (table rule_audit): refused validations, simulations, deployments, rollbacks,
 * retries. Kept on JdbcClient: an append-only log read a page at a time, never an object that changes.
 */
@Repository
public class RuleAudit {

    public static final String VALIDATION_REFUSED = "VALIDATION_REFUSED";
    public static final String SIMULATION = "SIMULATION";
    public static final String DEPLOYMENT = "DEPLOYMENT";
    public static final String ROLLBACK = "ROLLBACK";
    public static final String RETRY = "RETRY";

    static final int SUMMARY_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One thing someone did in the workbench. */
    public record Entry(long id, Instant at, String actor, String action, String fileName, String key, Integer version,
            String comment, String summary) {
    }

    public void record(String actor, String action, String fileName, String key, Integer version, String comment,
            String summary) {
        jdbc.sql("""
                insert into rule_audit (at, actor, action, file_name, model_key, version, comment, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(SqlTimes.utc(clock.instant()), actor, action, fileName, key, version, comment,
                        summary == null || summary.length() <= SUMMARY_LENGTH ? summary
                                : summary.substring(0, SUMMARY_LENGTH - 1) + "…")
                .update();
    }

    /**
     * Newest first, in the order the entries were written: the clock that stamps them can be moved (demos, tests),
     * and an entry written after the clock was reset must still come first.
     */
    public PageOf<Entry> page(int page, int size) {
        List<Entry> entries = jdbc.sql("select * from rule_audit order by id desc limit ? offset ?")
                .params(size, PageOf.offset(page, size)).query(RuleAudit::map).list();
        long total = jdbc.sql("select count(*) from rule_audit").query(Long.class).single();
        return new PageOf<>(entries, page, size, total);
    }

    private static Entry map(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), SqlTimes.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("file_name"), rs.getString("model_key"),
                rs.getObject("version") == null ? null : rs.getInt("version"), rs.getString("comment"),
                rs.getString("summary"));
    }
}
