-- Team mode: rights enforced by the server (docs/team-mode.md). PostgreSQL only; a repeatable
-- script, so it has no version to keep in step with SQLite and Flyway re-runs it whenever it
-- changes, after the versioned scripts. Every statement is idempotent. Runs as the owner
-- (warta team migrate), who needs CREATEROLE unless a DBA made the three groups beforehand.
--
-- Logins are per person (CREATE ROLE sari LOGIN PASSWORD ... IN ROLE warta_staff); a login is
-- matched to app_user by lower(username) = lower(session_user).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'warta_staff') THEN
        CREATE ROLE warta_staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'warta_supervisor') THEN
        CREATE ROLE warta_supervisor NOLOGIN IN ROLE warta_staff;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'warta_admin') THEN
        CREATE ROLE warta_admin NOLOGIN IN ROLE warta_staff;
    END IF;
END
$$;

-- PostgreSQL 14 lets every role create objects in public; only its owner (usually the DBA) can stop it.
DO $$
BEGIN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'REVOKE CREATE ON SCHEMA public needs the DBA (see docs/team-mode.md)';
END
$$;

-- Table privileges. Staff (and, through membership, supervisors and admins) read everything and
-- write the planning tables; only admins delete posts or change users, roles and assignments.
REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO warta_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO warta_staff;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO warta_staff;
REVOKE DELETE ON post FROM warta_staff;
REVOKE INSERT, UPDATE, DELETE ON app_user, user_role, client_assignment, delegation FROM warta_staff;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM warta_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO warta_admin;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM warta_admin;
REVOKE ALL ON audit_log FROM PUBLIC, warta_staff, warta_supervisor, warta_admin;
GRANT SELECT, INSERT ON audit_log TO warta_staff, warta_supervisor, warta_admin;
-- The change feed (V14) is written by its SECURITY DEFINER trigger only: a login that could write it
-- could hide a change from the other desktops or make them reload for nothing.
REVOKE ALL ON sync_state, change_log FROM PUBLIC, warta_staff, warta_supervisor, warta_admin;
GRANT SELECT ON sync_state, change_log TO warta_staff, warta_supervisor, warta_admin;

-- The Warta user behind the current login, if any.
CREATE OR REPLACE FUNCTION warta_current_user_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT id FROM app_user WHERE lower(username) = lower(session_user) AND active LIMIT 1
$$;

-- Owner, superusers and admins see every client; everyone else only the clients assigned to them.
CREATE OR REPLACE FUNCTION warta_can_see_client(client text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT pg_has_role(session_user, 'warta_admin', 'member')
        OR NOT pg_has_role(session_user, 'warta_staff', 'member')
        OR EXISTS (SELECT 1 FROM client_assignment a
                    WHERE a.client_id = client AND a.user_id = warta_current_user_id())
$$;

-- The same rule as a set, computed once per statement (a hashed subplan) instead of a function call
-- per row: a staff search over 10,000 posts took 1.5 s with the per-row check.
CREATE OR REPLACE FUNCTION warta_visible_clients() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT c.id FROM client c
     WHERE pg_has_role(session_user, 'warta_admin', 'member') OR NOT pg_has_role(session_user, 'warta_staff', 'member')
    UNION
    SELECT a.client_id FROM client_assignment a WHERE a.user_id = warta_current_user_id()
$$;

ALTER TABLE post ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS post_assigned_clients ON post;
CREATE POLICY post_assigned_clients ON post
    USING (client_id IN (SELECT warta_visible_clients()))
    WITH CHECK (client_id IN (SELECT warta_visible_clients()));

-- Everything that belongs to a post or to a client follows the post's rule: a staff login sees and
-- writes only rows of its assigned clients (admins and the owner: all), also with its own SQL. A row
-- of a post is visible when its post is: the EXISTS below runs under post's own policy, so the two
-- cannot disagree; the same for rows of an account. FK cascades and the owner's import and export
-- bypass row-level security, as PostgreSQL intends.
--
-- One policy per table, named <table>_assigned_clients; the lists say by which key a row belongs.
DO $$
DECLARE
    t text;
    rule text;
BEGIN
    FOR t, rule IN
        SELECT name, 'EXISTS (SELECT 1 FROM post p WHERE p.id = post_id)' FROM unnest(ARRAY['post_target',
                'post_variant', 'post_media', 'post_note', 'post_link', 'post_series', 'post_series_start',
                'post_comment', 'review_decision', 'check_result', 'finding_override']) AS name
        UNION ALL
        SELECT name, 'client_id IN (SELECT warta_visible_clients())' FROM unnest(ARRAY['account', 'campaign',
                'hashtag_group', 'watch_term', 'allow_term']) AS name
        UNION ALL
        SELECT name, 'EXISTS (SELECT 1 FROM account x WHERE x.id = account_id)'
          FROM unnest(ARRAY['account_plan', 'blackout_account']) AS name
        UNION ALL
        -- A blackout for everyone (or for chosen accounts) has no client: everyone sees it.
        SELECT 'blackout', 'client_id IS NULL OR client_id IN (SELECT warta_visible_clients())'
        UNION ALL
        -- Staff cannot write delegations (privileges above); they see their own and those of their clients.
        SELECT 'delegation', 'client_id IN (SELECT warta_visible_clients()) '
                             'OR (SELECT warta_current_user_id()) IN (to_user_id, from_user_id)'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_assigned_clients', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (%s) WITH CHECK (%s)', t || '_assigned_clients', t, rule, rule);
    END LOOP;
END
$$;

-- Review decisions on a post: only a supervisor (or a delegate for the post's client), never the author.
CREATE OR REPLACE FUNCTION warta_post_approval_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    me text;
BEGIN
    IF NEW.state IS NOT DISTINCT FROM OLD.state
            OR NEW.state NOT IN ('approved', 'changes_requested', 'rejected')
            OR NOT pg_has_role(session_user, 'warta_staff', 'member') THEN
        RETURN NEW;
    END IF;
    me := warta_current_user_id();
    IF NOT pg_has_role(session_user, 'warta_supervisor', 'member')
            AND NOT EXISTS (SELECT 1 FROM delegation d
                             WHERE d.to_user_id = me AND d.client_id = NEW.client_id AND NOT d.revoked
                               AND (now() AT TIME ZONE 'Asia/Jakarta')::date
                                   BETWEEN CAST(d.starts_on AS date) AND CAST(d.ends_on AS date)) THEN
        RAISE EXCEPTION 'only a supervisor may approve, reject or request changes'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me IS NOT NULL AND OLD.author_id = me THEN
        RAISE EXCEPTION 'the author may not review their own post' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS post_approval_guard ON post;
CREATE TRIGGER post_approval_guard BEFORE UPDATE OF state ON post
    FOR EACH ROW EXECUTE FUNCTION warta_post_approval_guard();

-- The audit chain computed by the server: whatever a client sends for seq, time, actor and hashes
-- is replaced, so the actor is always the real login. Canonical form: docs/audit.md (lengths in
-- UTF-16 units, as Java counts them: characters outside the BMP count twice).
CREATE OR REPLACE FUNCTION warta_audit_field(value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (length(value) + (SELECT count(*) FROM regexp_matches(value, '[\U00010000-\U0010FFFF]', 'g')))::text
           || ':' || value || E'\n'
$$;

CREATE OR REPLACE FUNCTION warta_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    head record;
BEGIN
    -- One appender at a time; under READ COMMITTED the query below then sees the committed head.
    PERFORM pg_advisory_xact_lock(hashtext('warta.audit_log'));
    SELECT seq, hash INTO head FROM audit_log ORDER BY seq DESC LIMIT 1;
    NEW.seq := COALESCE(head.seq, 0) + 1;
    NEW.prev_hash := COALESCE(head.hash, repeat('0', 64));
    NEW.at := date_trunc('milliseconds', clock_timestamp());
    NEW.actor := session_user;
    NEW.hash := encode(sha256(convert_to(
            'warta-audit-v1' || E'\n' || NEW.seq || E'\n' || NEW.id || E'\n'
            || to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || E'\n'
            || warta_audit_field(NEW.actor) || warta_audit_field(NEW.action)
            || warta_audit_field(NEW.entity_type) || warta_audit_field(NEW.entity_id)
            || warta_audit_field(NEW.before_json) || warta_audit_field(NEW.after_json)
            || NEW.prev_hash, 'UTF8')), 'hex');
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION warta_audit_chain();

-- Append-only, even for the owner (a superuser can still drop triggers: publish the head elsewhere).
CREATE OR REPLACE FUNCTION warta_audit_immutable() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION warta_audit_immutable();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION warta_audit_immutable();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                    WHERE conname = 'audit_log_prev_hash_uq'
                      AND conrelid = 'audit_log'::regclass) THEN
        ALTER TABLE audit_log ADD CONSTRAINT audit_log_prev_hash_uq UNIQUE (prev_hash);
    END IF;
END
$$;

REVOKE ALL ON FUNCTION warta_current_user_id(), warta_can_see_client(text), warta_visible_clients(),
    warta_post_approval_guard(), warta_audit_chain(), warta_audit_immutable() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION warta_current_user_id(), warta_can_see_client(text), warta_visible_clients() TO warta_staff;
