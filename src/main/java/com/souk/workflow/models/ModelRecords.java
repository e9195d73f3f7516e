package com.souk.workflow.models;

import com.souk.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Souk's record of every model version: the file as uploaded and who deployed it, why and how (table
 * model_versions). Kept on JdbcClient: an append-only record beside the engine's own, never changed once written.
 */
@Repository
public class ModelRecords {

    private final JdbcClient jdbc;

    ModelRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version of one model. */
    public record Row(String kind, String key, String name, int version, String fileName, String content,
            String contentHash, String engineDeployment, String deployedBy, Instant deployedAt, String comment,
            String action, Integer rolledBackTo) {
    }

    void insert(Row r) {
        jdbc.sql("""
                insert into model_versions (kind, model_key, name, version, file_name, content, content_hash,
                  engine_deployment, deployed_by, deployed_at, comment, action, rolled_back_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.kind(), r.key(), r.name(), r.version(), r.fileName(), r.content(), r.contentHash(),
                        r.engineDeployment(), r.deployedBy(), SqlTimes.utc(r.deployedAt()), r.comment(), r.action(),
                        r.rolledBackTo())
                .update();
    }

    boolean has(String kind, String key, int version) {
        return jdbc.sql("select count(*) from model_versions where kind = ? and model_key = ? and version = ?")
                .params(kind, key, version).query(Long.class).single() > 0;
    }

    /** Newest first. */
    List<Row> versions(String kind, String key) {
        return jdbc.sql("select * from model_versions where kind = ? and model_key = ? order by version desc")
                .params(kind, key).query(ModelRecords::map).list();
    }

    Optional<Row> version(String kind, String key, int version) {
        return jdbc.sql("select * from model_versions where kind = ? and model_key = ? and version = ?")
                .params(kind, key, version).query(ModelRecords::map).optional();
    }

    /** The newest recorded version of each model. */
    List<Row> latest() {
        return jdbc.sql("""
                select * from model_versions m where version = (
                  select max(version) from model_versions n where n.kind = m.kind and n.model_key = m.model_key)
                order by kind, model_key""")
                .query(ModelRecords::map).list();
    }

    /** The models a deployment of the engine made (a file with several decisions makes several). */
    List<Row> ofDeployment(String engineDeployment) {
        return jdbc.sql("select * from model_versions where engine_deployment = ? order by kind, model_key")
                .param(engineDeployment).query(ModelRecords::map).list();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getString("kind"), rs.getString("model_key"), rs.getString("name"), rs.getInt("version"),
                rs.getString("file_name"), rs.getString("content"), rs.getString("content_hash"),
                rs.getString("engine_deployment"), rs.getString("deployed_by"), SqlTimes.instant(rs, "deployed_at"),
                rs.getString("comment"), rs.getString("action"),
                rs.getObject("rolled_back_to") == null ? null : rs.getInt("rolled_back_to"));
    }
}
