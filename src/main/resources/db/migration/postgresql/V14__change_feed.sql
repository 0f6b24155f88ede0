-- Live updates between desktops (docs/team-mode.md, "Live updates"; design: notes/team-mode.md §2).
-- Every committed change to a shared table raises one counter, writes what changed into change_log
-- and notifies channel 'warta_changes' with the new counter value only: notifications reach every
-- login regardless of row-level security, so they carry no titles and no ids. A desktop reads
-- change_log WHERE rev > its last rev, which is also how it catches up after a lost connection.
--
-- A single-row counter, not a sequence: the row lock orders writers, so revs become visible in
-- commit order and a poller can never skip a slower transaction's lower number. A transaction takes
-- one rev however many rows it touches (tx remembers whose rev it is), so a burst is one hint.
CREATE TABLE sync_state (
    id  INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    rev BIGINT NOT NULL,
    tx  BIGINT NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, rev) VALUES (1, 0);

-- What changed: the table and the row's key (an opaque UUID, or the parent's id for link tables).
-- One row per (rev, table, key); op is the last operation of that transaction on it (I, U, D).
CREATE TABLE change_log (
    rev    BIGINT NOT NULL,
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    op     TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (rev, entity, id)
);

-- SECURITY DEFINER: logins may only read sync_state and change_log (R__team_rights.sql); the
-- trigger writes them with the owner's rights.
CREATE FUNCTION warta_record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    changed jsonb;
    row_key text;
    new_rev bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    row_key := coalesce(changed ->> 'id', changed ->> 'post_id', changed ->> 'target_id', changed ->> 'account_id',
                        changed ->> 'blackout_id', changed ->> 'user_id', changed ->> 'overlay_id', changed ->> 'key', '');
    UPDATE sync_state SET rev = CASE WHEN tx = txid_current() THEN rev ELSE rev + 1 END, tx = txid_current()
     WHERE id = 1
    RETURNING rev INTO new_rev;
    INSERT INTO change_log (rev, entity, id, op) VALUES (new_rev, TG_TABLE_NAME, row_key, left(TG_OP, 1))
        ON CONFLICT (rev, entity, id) DO UPDATE SET op = excluded.op;
    -- Identical payloads within one transaction are delivered once, at commit; never on rollback.
    PERFORM pg_notify('warta_changes', new_rev::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION warta_record_change() FROM PUBLIC;

-- Every shared table but the feed itself, Flyway's history, the append-only audit log (its entries
-- come with the change they record) and the export ledgers (written by every export, no news to anyone).
-- Deferred to COMMIT: the counter's row lock is then taken after every row lock of the transaction,
-- so two writers touching the same rows in different orders cannot deadlock on it, and it is held
-- only while committing. A table added by a later migration needs its own trigger: ChangeFeedTest
-- (everySharedTableFeedsTheChangeLog) names it.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = '${flyway:defaultSchema}' AND c.relkind = 'r'
                AND c.relname NOT IN ('sync_state', 'change_log', 'flyway_schema_history', 'audit_log',
                                      'ical_publication', 'caldav_resource')
    LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION warta_record_change()',
                       t.relname || '_change_feed', t.relname);
    END LOOP;
END
$$;
