package id.warta.service;

import java.util.Optional;

/** Organisation settings kept in the database (not this computer's preferences). */
public interface SettingRepository {
    Optional<String> get(String key);

    void put(String key, String value);
}
