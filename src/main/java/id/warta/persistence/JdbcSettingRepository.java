package id.warta.persistence;

import id.warta.service.SettingRepository;
import java.util.Optional;

public final class JdbcSettingRepository implements SettingRepository {
    private final Jdbc jdbc;

    public JdbcSettingRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.queryOne("SELECT value FROM setting WHERE key = ?", st -> st.setString(1, key), rs -> rs.getString(1));
    }

    @Override
    public void put(String key, String value) {
        jdbc.update("INSERT INTO setting(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = setting.version + 1", st -> {
                    st.setString(1, key);
                    st.setString(2, value);
                });
    }
}
