package id.warta.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.domain.Verdict;
import id.warta.service.CheckRecord;
import id.warta.service.CheckRecordRepository;
import id.warta.service.StorageException;
import java.util.List;
import java.util.Optional;

/** Check results with their findings as JSON, so a result reads back exactly as it was shown. */
public final class JdbcCheckRecordRepository implements CheckRecordRepository {
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    private final Jdbc jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcCheckRecordRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void save(CheckRecord r) {
        String findings;
        try {
            findings = json.writeValueAsString(r.findings());
        } catch (JsonProcessingException e) {
            throw new StorageException(StorageException.Reason.IO, "Cannot write findings: " + e.getMessage(), e);
        }
        long blocks = r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).count();
        long warnings = r.findings().stream().filter(f -> f.severity() == Severity.WARN).count();
        jdbc.update("INSERT INTO check_result(id, post_id, rule_pack, checked_at, verdict, blocks, warnings, findings) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", st -> {
                    st.setString(1, r.id());
                    st.setString(2, r.postId());
                    st.setString(3, r.rulePack());
                    jdbc.setInstant(st, 4, r.checkedAt());
                    st.setString(5, r.verdict().name());
                    st.setLong(6, blocks);
                    st.setLong(7, warnings);
                    st.setString(8, findings);
                });
    }

    @Override
    public Optional<CheckRecord> latestOf(String postId) {
        return jdbc.queryOne("SELECT id, post_id, rule_pack, checked_at, verdict, findings FROM check_result "
                + "WHERE post_id = ? ORDER BY checked_at DESC, " + jdbc.dialect().insertionOrder() + " DESC LIMIT 1", st -> st.setString(1, postId), rs -> {
                    List<Finding> findings;
                    try {
                        findings = json.readValue(rs.getString(6), FINDINGS);
                    } catch (JsonProcessingException e) {
                        throw new StorageException(StorageException.Reason.DAMAGED, "Unreadable findings: " + e.getMessage(), e);
                    }
                    return new CheckRecord(rs.getString(1), rs.getString(2), rs.getString(3), jdbc.instant(rs, 4),
                            Verdict.valueOf(rs.getString(5)), findings);
                });
    }
}
