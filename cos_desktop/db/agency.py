"""Agency mode: one PostgreSQL database shared by an agency, with the database doing the enforcing.

`setup` (run once by the agency's administrator, who owns the tables) adds two group roles and
row-level-security policies:

- cos_facilitator: sees and edits only the groups they facilitate (table group_facilitator; a
  group can have several, and whoever creates a group facilitates it). A private note is visible
  only to its author; shareable notes, attendance and timing to the group's facilitators. Nobody
  changes or deletes another facilitator's notes or run events (the author is stamped by the
  database, not by the app).
- cos_supervisor: reads every group, its parents, attendance, timing and shareable notes; never a
  private note; writes nothing but the audit trail.
- audit_entry: INSERT and SELECT only, so it is append-only for everyone but the owner.

Each person signs in with their own login role, made by `add_member`. The owner (the account that
ran setup) is not subject to the policies: keep it for administration.
"""

from __future__ import annotations

from cos_desktop.core.translation import translate

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

FACILITATOR = "cos_facilitator"
SUPERVISOR = "cos_supervisor"
KINDS = {"facilitator": FACILITATOR, "supervisor": SUPERVISOR}
ROW_TABLES = ("group_", "participant", "session_run", "run_event", "note", "note_tag", "attendance",
              "group_facilitator", "audit_entry", "measure", "measure_score")
PLAN_TABLES = ("curriculum", "chapter_plan", "segment_plan", "pause_point", "media_item", "app_setting",
               "picture_link")
NAME_RULE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
ME = "current_user::text"


class AgencyError(Exception):
    """Agency mode cannot be set up or changed; str(error) says why and what to do."""


ROLES_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{FACILITATOR}') THEN CREATE ROLE {FACILITATOR} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SUPERVISOR}') THEN CREATE ROLE {SUPERVISOR} NOLOGIN; END IF;
END $$
"""


def _functions(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION cos_is_supervisor() RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT pg_has_role(current_user, '{SUPERVISOR}', 'MEMBER') $$""",
        # A function, not a sub-select: a policy on group_facilitator may not query group_facilitator itself.
        f"""CREATE OR REPLACE FUNCTION cos_facilitates(gid integer) RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT EXISTS (SELECT 1 FROM group_facilitator WHERE group_id = gid AND role_name = {ME}) $$""",
        # Counts co-facilitators a facilitator cannot see, so that only a group's sole facilitator deletes it.
        f"""CREATE OR REPLACE FUNCTION cos_facilitator_count(gid integer) RETURNS bigint LANGUAGE sql STABLE {definer}
            AS $$ SELECT count(*) FROM group_facilitator WHERE group_id = gid $$""",
        """CREATE OR REPLACE FUNCTION cos_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             IF TG_OP = 'INSERT' THEN NEW.author := current_user; ELSE NEW.author := OLD.author; END IF;
             RETURN NEW;
           END $$""",
        """CREATE OR REPLACE FUNCTION cos_stamp_creator() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             IF TG_OP = 'INSERT' THEN NEW.created_by := current_user; ELSE NEW.created_by := OLD.created_by; END IF;
             RETURN NEW;
           END $$""",
        f"""CREATE OR REPLACE FUNCTION cos_join_created_group() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
            BEGIN
              INSERT INTO group_facilitator (group_id, role_name) VALUES (NEW.id, NEW.created_by) ON CONFLICT DO NOTHING;
              RETURN NULL;
            END $$""",
        """CREATE OR REPLACE FUNCTION cos_stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             NEW.actor := current_user;
             NEW.at := now() AT TIME ZONE 'utc';
             RETURN NEW;
           END $$""",
    ]


TRIGGERS = (
    ("cos_note_author", "note", "BEFORE INSERT OR UPDATE", "cos_stamp_author"),
    ("cos_run_event_author", "run_event", "BEFORE INSERT OR UPDATE", "cos_stamp_author"),
    ("cos_group_creator", "group_", "BEFORE INSERT OR UPDATE", "cos_stamp_creator"),
    ("cos_group_join", "group_", "AFTER INSERT", "cos_join_created_group"),
    ("cos_audit_stamp", "audit_entry", "BEFORE INSERT", "cos_stamp_audit"),
)

OWN = f"author = {ME}"
# Uncorrelated sub-selects: PostgreSQL runs each once per statement (a hashed sub-plan), not once per row.
MY_GROUPS = f"SELECT f.group_id FROM group_facilitator f WHERE f.role_name = {ME}"
MY_RUNS = f"SELECT r.id FROM session_run r WHERE r.group_id IN ({MY_GROUPS})"
IN_MY_GROUP = f"group_id IN ({MY_GROUPS})"
IN_MY_RUN = f"run_id IN ({MY_RUNS})"
# For a write's WITH CHECK (one row at a time): an index look-up instead of building the whole set.
MINE_GROUP = f"EXISTS (SELECT 1 FROM group_facilitator f WHERE f.group_id = {{}} AND f.role_name = {ME})"  # table.column
MINE_RUN = ("EXISTS (SELECT 1 FROM session_run r JOIN group_facilitator f ON f.group_id = r.group_id "
            f"WHERE r.id = {{}}.run_id AND f.role_name = {ME})")  # {} is the table: its own column, not r's
NOTE_TAG_OWN = f"EXISTS (SELECT 1 FROM note n WHERE n.id = note_id AND n.author = {ME})"
NOTE_TAG_SEEN = "EXISTS (SELECT 1 FROM note n WHERE n.id = note_id)"
F, S = FACILITATOR, SUPERVISOR

# (table, policy, command, roles, USING, WITH CHECK)
POLICIES = (
    ("group_", "fac_read", "SELECT", F, f"id IN ({MY_GROUPS})", None),
    ("group_", "fac_add", "INSERT", F, None, "true"),
    ("group_", "fac_change", "UPDATE", F, f"id IN ({MY_GROUPS})", MINE_GROUP.format("group_.id")),
    ("group_", "fac_delete", "DELETE", F, f"id IN ({MY_GROUPS}) AND cos_facilitator_count(id) = 1", None),
    ("participant", "fac_all", "ALL", F, IN_MY_GROUP, MINE_GROUP.format("participant.group_id")),
    ("session_run", "fac_all", "ALL", F, IN_MY_GROUP, MINE_GROUP.format("session_run.group_id")),
    ("attendance", "fac_all", "ALL", F, IN_MY_RUN, MINE_RUN.format("attendance")),
    ("measure", "fac_all", "ALL", F, IN_MY_GROUP, MINE_GROUP.format("measure.group_id")),
    ("measure_score", "fac_all", "ALL", F, "participant_id IN (SELECT p.id FROM participant p)",
     "EXISTS (SELECT 1 FROM participant p WHERE p.id = measure_score.participant_id)"),
    ("run_event", "fac_read", "SELECT", F, IN_MY_RUN, None),
    ("run_event", "fac_add", "INSERT", F, None, f"{OWN} AND {MINE_RUN.format('run_event')}"),
    ("run_event", "fac_change", "UPDATE", F, OWN, OWN),
    ("run_event", "fac_delete", "DELETE", F, OWN, None),
    ("note", "fac_read", "SELECT", F, f"{OWN} OR (visibility = 'shareable' AND {IN_MY_RUN})", None),
    ("note", "fac_add", "INSERT", F, None, f"{OWN} AND {MINE_RUN.format('note')}"),
    ("note", "fac_change", "UPDATE", F, OWN, f"{OWN} AND {MINE_RUN.format('note')}"),
    ("note", "fac_delete", "DELETE", F, OWN, None),
    ("note_tag", "fac_read", "SELECT", F, NOTE_TAG_SEEN, None),
    ("note_tag", "fac_add", "INSERT", F, None,
     f"{NOTE_TAG_OWN} AND EXISTS (SELECT 1 FROM participant p WHERE p.id = participant_id)"),
    ("note_tag", "fac_delete", "DELETE", F, NOTE_TAG_OWN, None),
    ("group_facilitator", "members_read", "SELECT", f"{F}, {S}", f"role_name = {ME} OR cos_is_supervisor()", None),
    ("group_facilitator", "fac_add", "INSERT", F, None,
     f"cos_facilitates(group_id) AND pg_has_role(role_name, '{F}', 'MEMBER')"),
    ("audit_entry", "fac_read", "SELECT", F, f"actor = {ME} OR {IN_MY_GROUP}", None),
    ("audit_entry", "add", "INSERT", f"{F}, {S}", None, f"actor = {ME}"),
    ("group_", "sup_read", "SELECT", S, "true", None),
    ("participant", "sup_read", "SELECT", S, "true", None),
    ("session_run", "sup_read", "SELECT", S, "true", None),
    ("attendance", "sup_read", "SELECT", S, "true", None),
    ("measure", "sup_read", "SELECT", S, "true", None),
    ("measure_score", "sup_read", "SELECT", S, "true", None),
    ("run_event", "sup_read", "SELECT", S, "true", None),
    ("note", "sup_read", "SELECT", S, "visibility = 'shareable'", None),
    ("note_tag", "sup_read", "SELECT", S, NOTE_TAG_SEEN, None),
    ("audit_entry", "sup_read", "SELECT", S, "true", None),
)

WRITE = "SELECT, INSERT, UPDATE, DELETE"
GRANTS = (
    f"GRANT SELECT ON ALL TABLES IN SCHEMA {{schema}} TO {S}",
    f"GRANT {WRITE} ON {', '.join(PLAN_TABLES)} TO {F}",
    f"GRANT {WRITE} ON group_, participant, session_run, run_event, note, note_tag, attendance, measure, "
    f"measure_score TO {F}",
    f"GRANT SELECT, INSERT ON group_facilitator TO {F}",
    f"GRANT SELECT, INSERT ON audit_entry TO {F}, {S}",
    f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {F}, {S}",
    f"GRANT SELECT ON alembic_version TO {F}, {S}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{schema}} TO {F}",
    f"GRANT USAGE, SELECT ON SEQUENCE audit_entry_id_seq TO {S}",
    f"GRANT USAGE ON SCHEMA {{schema}} TO {F}, {S}",
)


def policy_sql(table: str, name: str, command: str, roles: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {name} ON {table} FOR {command} TO {roles}"
    if using:
        sql += f" USING ({using})"
    if check:
        sql += f" WITH CHECK ({check})"
    return sql


def setup_statements(schema: str) -> list[str]:
    """Every statement of `setup`, in order; each can run again (setup is repeatable)."""
    statements = [ROLES_SQL, *_functions(schema)]
    for name, table, when, function in TRIGGERS:
        statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        statements.append(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()")
    for table in ROW_TABLES:
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, name, *_ in POLICIES:
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    statements.extend(policy_sql(*policy) for policy in POLICIES)
    statements.extend(grant.format(schema=schema) for grant in GRANTS)
    return statements


# ---- checks ----------------------------------------------------------------------------------

def _require_postgres(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise AgencyError(
            translate(
                "Agency", "Agency mode needs a shared PostgreSQL database: give its address with --database "
                "postgresql://OWNER@SERVER/DATABASE (the account that owns the agency's tables).")
        )


def require_rights(connection: Connection) -> None:
    """The setup account must own the tables and be allowed to make roles."""
    me, superuser, createrole = connection.execute(text(
        "SELECT current_user, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")).one()
    owner = connection.execute(text(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'note'")).scalar()
    if not superuser and owner is not None and owner != me:
        raise AgencyError(
            translate(
                "Agency", "The account {me} does not own the agency's tables (their owner is {owner}), so it cannot "
                "switch on row-level security. Run setup with the owner's account. Nothing was changed.").format(
                    me=me, owner=owner)
        )
    if not (superuser or createrole):
        raise AgencyError(
            translate(
                "Agency", "The account {me} may not create roles on this server, so it cannot add the facilitator and "
                "supervisor roles. Ask the server's administrator to run: ALTER ROLE {me} CREATEROLE; then "
                "run setup again. Nothing was changed.").format(me=me)
        )


def setup(engine: Engine) -> list[str]:
    """Switch on agency mode (repeatable). Returns lines saying what is in place."""
    with engine.connect() as connection:
        _require_postgres(connection)
        require_rights(connection)
        schema = connection.execute(text("SELECT current_schema()")).scalar()
    try:
        with engine.begin() as connection:
            for statement in setup_statements(schema):
                connection.execute(text(statement))
    except DBAPIError as exc:
        raise AgencyError(translate(
            "Agency", "Setting up agency mode failed, and nothing was changed: {value}").format(
                value=_first_line(exc))) from exc
    return [
        translate(
            "Agency", "Roles {FACILITATOR} and {SUPERVISOR} are ready.").format(
                FACILITATOR=FACILITATOR, SUPERVISOR=SUPERVISOR),
        translate(
            "Agency", "Row-level security is on for {ROW_TABLES} tables ({POLICIES} policies).").format(
                ROW_TABLES=len(ROW_TABLES), POLICIES=len(POLICIES)),
        translate("Agency", "The audit trail is append-only."),
    ]


def is_agency(connection: Connection) -> bool:
    if connection.dialect.name != "postgresql":
        return False
    return bool(connection.execute(text(
        "SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('note')")).scalar())


# ---- people ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    name: str
    kind: str  # facilitator / supervisor
    groups: tuple[str, ...]


def check_name(name: str) -> str:
    if not NAME_RULE.match(name) or name.startswith(("pg_", "cos_")) or name in ("postgres", "public"):
        raise AgencyError(
            translate(
                "Agency", "{name} cannot be a sign-in name: use lower-case letters, digits and _ (up to 63, starting "
                "with a letter), for example maria_lopez.").format(name=repr(name))
        )
    return name


def _run_formatted(connection: Connection, template: str, *values: str) -> None:
    """Run a statement whose names (%I) and strings (%L) the server quotes itself (format())."""
    placeholders = ", ".join(f"CAST(:v{i} AS text)" for i in range(len(values)))
    statement = connection.execute(text(f"SELECT format(CAST(:t AS text), {placeholders})"),
                                   {"t": template, **{f"v{i}": v for i, v in enumerate(values)}}).scalar()
    cursor = connection.connection.cursor()  # the driver's own: no ':name' or '%s' parsing of the quoted text
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def add_member(engine: Engine, name: str, password: str, kind: str) -> None:
    """A new login role for one person, in the facilitator or supervisor group role."""
    check_name(name)
    if not password:
        raise AgencyError(translate("Agency", "The password is empty. Choose one of at least 8 characters."))
    group_role = KINDS[kind]
    with engine.begin() as connection:
        _require_postgres(connection)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            raise AgencyError(
                translate(
                    "Agency", "An account called {name} already exists on this server (perhaps removed earlier). "
                    "Choose another sign-in name.").format(name=name)
            )
        try:
            _run_formatted(connection, "CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I", name, password, group_role)
        except DBAPIError as exc:
            raise AgencyError(translate(
                "Agency", "{name} could not be added: {value}. Nothing was changed.").format(
                    name=name, value=_first_line(exc))) from exc


def remove_member(engine: Engine, name: str) -> list[str]:
    """Take a person's access away at once: out of both group roles, no more sign-in, off every group.

    The role itself stays (so the name cannot be given to someone else, who would then read the
    notes written under it); their notes stay, readable by nobody but the owner if private.
    """
    check_name(name)
    with engine.begin() as connection:
        _require_postgres(connection)
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            raise AgencyError(translate(
                "Agency", "There is no account called {name} on this server.").format(name=name))
        for statement in (f"REVOKE {FACILITATOR}, {SUPERVISOR} FROM %I", "ALTER ROLE %I NOLOGIN"):
            _run_formatted(connection, statement, name)
        groups = connection.execute(text("DELETE FROM group_facilitator WHERE role_name = :n RETURNING group_id"),
                                    {"n": name}).all()
    count = len(groups)  # a plain name for the extraction tool
    return [translate(
        "Agency", "{name} can no longer sign in, and was taken off %n group(s).", "", count).format(name=name)]


def assign(engine: Engine, name: str, group_name: str) -> None:
    """Make a facilitator one of a group's facilitators (run as the owner)."""
    check_name(name)
    with engine.begin() as connection:
        _require_postgres(connection)
        ids = connection.execute(text("SELECT id FROM group_ WHERE name = :g"), {"g": group_name}).scalars().all()
        if len(ids) != 1:
            message = (translate("Agency", "There is no group called {group}.") if not ids
                       else translate("Agency", "There is more than one group called {group}."))
            raise AgencyError(message.format(group=repr(group_name)))
        is_facilitator = connection.execute(text(
            "SELECT pg_has_role(oid, :r, 'MEMBER') FROM pg_roles WHERE rolname = :n"), {"n": name, "r": FACILITATOR}
        ).scalar()
        if not is_facilitator:
            raise AgencyError(translate(
                "Agency", "{name} is not a facilitator here: add them with agency add-facilitator first.").format(
                    name=name))
        connection.execute(text("INSERT INTO group_facilitator (group_id, role_name) VALUES (:g, :n) "
                                "ON CONFLICT DO NOTHING"), {"g": ids[0], "n": name})


def members(engine: Engine) -> list[Member]:
    with engine.connect() as connection:
        _require_postgres(connection)
        rows = connection.execute(text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN (:f, :s) AND m.rolcanlogin ORDER BY 1"),
            {"f": FACILITATOR, "s": SUPERVISOR}).all()
        groups: dict[str, list[str]] = {}
        for role, group in connection.execute(text(
                "SELECT f.role_name, g.name FROM group_facilitator f JOIN group_ g ON g.id = f.group_id "
                "ORDER BY g.name")):
            groups.setdefault(role, []).append(group)
    kinds = {FACILITATOR: "facilitator", SUPERVISOR: "supervisor"}
    return [Member(name, kinds[group], tuple(groups.get(name, ()))) for name, group in rows]
