// Every Cypher statement of the Neo4j curation store, with its parameters declared, so
// tests/curation/cypher-lint.test.ts can check each with Neo4j's own parser. Curation data has
// labels of its own (Cur*), never :Node, so graph reads and a whole-graph replace never see it.
import { statement } from './statement.js';

export const SCHEMA = [
  statement('CUR_USER_NAME', [], 'CREATE CONSTRAINT cur_user_name IF NOT EXISTS FOR (u:CurUser) REQUIRE u.name IS UNIQUE'),
  statement('CUR_SESSION_HASH', [], 'CREATE CONSTRAINT cur_session_hash IF NOT EXISTS FOR (s:CurSession) REQUIRE s.hash IS UNIQUE'),
  statement('CUR_HIT_KEY', [], 'CREATE CONSTRAINT cur_hit_key IF NOT EXISTS FOR (h:CurHit) REQUIRE h.key IS UNIQUE'),
  statement('CUR_SOURCE_ID', [], 'CREATE CONSTRAINT cur_source_id IF NOT EXISTS FOR (s:CurSource) REQUIRE s.id IS UNIQUE'),
  statement('CUR_CHANGE_SET_ID', [], 'CREATE CONSTRAINT cur_change_set_id IF NOT EXISTS FOR (c:CurChangeSet) REQUIRE c.id IS UNIQUE'),
  statement('CUR_VERSION_ID', [], 'CREATE CONSTRAINT cur_version_id IF NOT EXISTS FOR (v:CurVersion) REQUIRE v.id IS UNIQUE'),
  statement('CUR_COUNTER_NAME', [], 'CREATE CONSTRAINT cur_counter_name IF NOT EXISTS FOR (k:CurCounter) REQUIRE k.name IS UNIQUE'),
  statement('CUR_AUDIT_SEQ', [], 'CREATE CONSTRAINT cur_audit_seq IF NOT EXISTS FOR (a:CurAudit) REQUIRE a.seq IS UNIQUE'),
  statement('CUR_AUDIT_TARGET', [], 'CREATE INDEX cur_audit_target IF NOT EXISTS FOR (a:CurAudit) ON (a.targetId)'),
];

export const PUT_USER = statement('PUT_USER', ['name', 'subject', 'json'], 'MERGE (u:CurUser {name: $name}) SET u.subject = $subject, u.json = $json');
export const GET_USER = statement('GET_USER', ['name'], 'MATCH (u:CurUser {name: $name}) RETURN u.json AS json');
export const USER_BY_SUBJECT = statement('USER_BY_SUBJECT', ['subject'], 'MATCH (u:CurUser) WHERE u.subject = $subject RETURN u.json AS json');
export const LIST_USERS = statement('LIST_USERS', [], 'MATCH (u:CurUser) RETURN u.json AS json ORDER BY u.name');

export const PUT_SESSION = statement(
  'PUT_SESSION',
  ['hash', 'expiresAt', 'json'],
  'MERGE (s:CurSession {hash: $hash}) SET s.expiresAt = $expiresAt, s.json = $json',
);
export const GET_SESSION = statement(
  'GET_SESSION',
  ['hash', 'now'],
  'MATCH (s:CurSession {hash: $hash}) WHERE s.expiresAt > $now RETURN s.json AS json',
);
export const DELETE_SESSION = statement('DELETE_SESSION', ['hash'], 'MATCH (s:CurSession {hash: $hash}) DELETE s');

// One statement, so two processes counting the same key at once each see their own count.
export const HIT = statement(
  'HIT',
  ['key', 'now', 'windowMs'],
  `MERGE (h:CurHit {key: $key})
ON CREATE SET h.count = 0, h.resetAt = $now + $windowMs
WITH h, h.resetAt <= $now AS expired
SET h.count = CASE WHEN expired THEN 1 ELSE h.count + 1 END,
    h.resetAt = CASE WHEN expired THEN $now + $windowMs ELSE h.resetAt END
RETURN h.count AS count, h.resetAt AS resetAt`,
);
export const CLEAR_HITS = statement('CLEAR_HITS', ['key'], 'MATCH (h:CurHit {key: $key}) DELETE h');

export const CREATE_SOURCE = statement(
  'CREATE_SOURCE',
  ['id', 'json'],
  `OPTIONAL MATCH (old:CurSource {id: $id})
WITH old WHERE old IS NULL
CREATE (s:CurSource {id: $id, json: $json})
RETURN s.id AS id`,
);
export const GET_SOURCES = statement(
  'GET_SOURCES',
  ['ids'],
  'UNWIND $ids AS id OPTIONAL MATCH (s:CurSource {id: id}) RETURN s.json AS json',
);
export const LIST_SOURCES = statement('LIST_SOURCES', [], 'MATCH (s:CurSource) RETURN s.json AS json ORDER BY s.id');

export const CREATE_CHANGE_SET = statement(
  'CREATE_CHANGE_SET',
  ['id', 'partnership', 'author', 'createdAt', 'json'],
  `CREATE (c:CurChangeSet {id: $id, partnership: $partnership, author: $author, state: 'PROPOSED', applied: false,
  createdAt: $createdAt, json: $json})`,
);
export const GET_CHANGE_SETS = statement(
  'GET_CHANGE_SETS',
  ['ids'],
  'UNWIND $ids AS id OPTIONAL MATCH (c:CurChangeSet {id: id}) RETURN c.json AS json',
);
export const LIST_CHANGE_SETS = statement(
  'LIST_CHANGE_SETS',
  ['partnership', 'state', 'author', 'first'],
  `MATCH (c:CurChangeSet)
WHERE ($partnership IS NULL OR c.partnership = $partnership) AND ($state IS NULL OR c.state = $state)
  AND ($author IS NULL OR c.author = $author)
RETURN c.json AS json ORDER BY c.createdAt DESC, c.id DESC LIMIT $first`,
);
// the page after change set $before, in the same order: (createdAt, id) below its own
export const LIST_CHANGE_SETS_BEFORE = statement(
  'LIST_CHANGE_SETS_BEFORE',
  ['partnership', 'state', 'author', 'first', 'before'],
  `MATCH (b:CurChangeSet {id: $before})
MATCH (c:CurChangeSet)
WHERE ($partnership IS NULL OR c.partnership = $partnership) AND ($state IS NULL OR c.state = $state)
  AND ($author IS NULL OR c.author = $author)
  AND (c.createdAt < b.createdAt OR (c.createdAt = b.createdAt AND c.id < b.id))
RETURN c.json AS json ORDER BY c.createdAt DESC, c.id DESC LIMIT $first`,
);
export const VERSIONS = statement(
  'VERSIONS',
  ['ids'],
  'UNWIND $ids AS id OPTIONAL MATCH (v:CurVersion {id: id}) RETURN coalesce(v.version, 0) AS version',
);

// An approval first takes the write lock of the audit counter, so approvals run one at a time
// across every process on the database, and reads the change set under that lock.
export const LOCK_COUNTER = statement(
  'LOCK_COUNTER',
  [],
  "MERGE (k:CurCounter {name: 'audit'}) ON CREATE SET k.value = 0 SET k.locked = true RETURN k.value AS value",
);
export const CHANGE_SET_FOR_UPDATE = statement(
  'CHANGE_SET_FOR_UPDATE',
  ['id'],
  'MATCH (c:CurChangeSet {id: $id}) SET c.touched = true RETURN c.json AS json',
);
export const SET_VERSIONS = statement(
  'SET_VERSIONS',
  ['rows'],
  'UNWIND $rows AS row MERGE (v:CurVersion {id: row.id}) SET v.version = row.version',
);
export const APPEND_AUDIT = statement(
  'APPEND_AUDIT',
  ['rows', 'last'],
  `UNWIND $rows AS row
CREATE (:CurAudit {seq: row.seq, at: row.at, partnership: row.partnership, targetId: row.targetId, json: row.json})
WITH count(*) AS written
MATCH (k:CurCounter {name: 'audit'}) SET k.value = $last`,
);
export const SET_CHANGE_SET = statement(
  'SET_CHANGE_SET',
  ['id', 'state', 'applied', 'approvedSeq', 'json'],
  'MATCH (c:CurChangeSet {id: $id}) SET c.state = $state, c.applied = $applied, c.approvedSeq = $approvedSeq, c.json = $json',
);
export const MARK_APPLIED = statement('MARK_APPLIED', ['id', 'json'], 'MATCH (c:CurChangeSet {id: $id}) SET c.applied = true, c.json = $json');
export const UNAPPLIED = statement(
  'UNAPPLIED',
  [],
  "MATCH (c:CurChangeSet) WHERE c.state = 'APPROVED' AND c.applied = false RETURN c.json AS json ORDER BY c.approvedSeq",
);
export const HISTORY = statement(
  'HISTORY',
  ['ids'],
  'MATCH (a:CurAudit) WHERE a.targetId IN $ids RETURN a.json AS json ORDER BY a.seq',
);
export const AUDIT = statement(
  'AUDIT',
  ['partnership', 'since', 'afterSeq', 'first'],
  `MATCH (a:CurAudit)
WHERE ($partnership IS NULL OR a.partnership = $partnership) AND ($since IS NULL OR a.at > $since)
  AND ($afterSeq IS NULL OR a.seq > $afterSeq)
RETURN a.json AS json ORDER BY a.seq LIMIT $first`,
);
