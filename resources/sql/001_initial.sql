-- Schema v1. Times are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates are local 'YYYY-MM-DD'.
-- Table and column names, and the stream values '311' and 'ems', are queried by analysts' scripts: keep them.

CREATE TABLE extract (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  profile     TEXT NOT NULL,
  stream      TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows_read   INTEGER NOT NULL DEFAULT 0,
  accepted    INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (sha256, profile)
);

CREATE TABLE event (
  id           INTEGER PRIMARY KEY,
  stream       TEXT NOT NULL CHECK (stream <> ''),
  source_id    TEXT NOT NULL,
  occurred_utc TEXT NOT NULL,
  category     TEXT NOT NULL,
  raw_type     TEXT NOT NULL DEFAULT '',
  address      TEXT NOT NULL DEFAULT '',
  lat          REAL,
  lon          REAL,
  geo_quality  TEXT NOT NULL CHECK (geo_quality IN
                 ('exact', 'intersection', 'placeholder', 'missing', 'out_of_area', 'low_precision', 'swapped_fixed')),
  -- linked_to (the first report this one repeats) and extract_id (the extract that last wrote the row) are kept
  -- consistent by Huddle, not by foreign keys: with a foreign key SQLite opens a statement journal for every row
  -- of a bulk upsert, about a fifth of a large import's time.
  linked_to    INTEGER,
  extract_id   INTEGER,
  UNIQUE (stream, source_id)
);
CREATE INDEX event_occurred ON event (occurred_utc);
CREATE INDEX event_stream_time ON event (stream, occurred_utc);

CREATE TABLE department (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
  short_name TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE huddle (
  id               INTEGER PRIMARY KEY,
  huddle_date      TEXT NOT NULL UNIQUE,
  cutoff_utc       TEXT NOT NULL,
  window_start_utc TEXT NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('draft', 'live', 'closed')),
  notes            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE huddle_attendance (
  huddle_id     INTEGER NOT NULL REFERENCES huddle (id) ON DELETE CASCADE,
  department_id INTEGER NOT NULL REFERENCES department (id),
  PRIMARY KEY (huddle_id, department_id)
);

CREATE TABLE agenda_item (
  id                   INTEGER PRIMARY KEY,
  huddle_id            INTEGER NOT NULL REFERENCES huddle (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  kind                 TEXT NOT NULL,
  title                TEXT NOT NULL,
  planned_seconds      INTEGER NOT NULL DEFAULT 0,
  actual_seconds       INTEGER,
  presenter_department INTEGER REFERENCES department (id),
  place_id             TEXT NOT NULL DEFAULT '',
  action_id            INTEGER REFERENCES action (id) ON DELETE SET NULL,
  notes                TEXT NOT NULL DEFAULT '',
  UNIQUE (huddle_id, position)
);

CREATE TABLE action (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL CHECK (title <> ''),
  department_id INTEGER NOT NULL REFERENCES department (id),
  owner         TEXT NOT NULL DEFAULT '',
  place_id      TEXT NOT NULL DEFAULT '',
  place_name    TEXT NOT NULL DEFAULT '',
  huddle_id     INTEGER REFERENCES huddle (id) ON DELETE SET NULL,
  created_utc   TEXT NOT NULL,
  due_date      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'blocked', 'dropped')),
  priority      TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
  note          TEXT NOT NULL DEFAULT '',
  updated_utc   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_status ON action (status);

CREATE TABLE action_history (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
  changed_utc TEXT NOT NULL,
  who         TEXT NOT NULL,
  field       TEXT NOT NULL,
  old_value   TEXT NOT NULL DEFAULT '',
  new_value   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_history_action ON action_history (action_id);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
