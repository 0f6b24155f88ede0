package id.warta.service;

import java.util.Optional;

public interface CheckRecordRepository {
    void save(CheckRecord record);

    Optional<CheckRecord> latestOf(String postId);
}
