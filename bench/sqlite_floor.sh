#!/bin/sh
# sqlite_floor.sh: what SQLite alone needs to store a large extract's rows in Huddle's event table, with no CSV
# parsing, normalising or binding: the sqlite3 shell's .import of FILE into a scratch table, then one
# INSERT ... SELECT of the same rows into the event table (its unique key and both time indexes) and the commit,
# timed by the shell, in WAL mode (as Huddle runs) and with a rollback journal. Usage: sqlite_floor.sh FILE
set -eu
file=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sqlite3 "$dir/src.db" ".import --csv $file t"
for mode in WAL DELETE; do
  echo "journal_mode = $mode (times: insert, then commit)"
  sqlite3 "$dir/floor-$mode.db" <<SQL | grep 'Run Time' | tail -2
ATTACH '$dir/src.db' AS y;
PRAGMA journal_mode = $mode;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY;
CREATE TABLE event (id INTEGER PRIMARY KEY, stream TEXT NOT NULL, source_id TEXT NOT NULL,
  occurred_utc TEXT NOT NULL, category TEXT NOT NULL, raw_type TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '', lat REAL, lon REAL, geo_quality TEXT NOT NULL, linked_to INTEGER,
  extract_id INTEGER, UNIQUE (stream, source_id));
CREATE INDEX event_occurred ON event (occurred_utc);
CREATE INDEX event_stream_time ON event (stream, occurred_utc);
CREATE TEMP TABLE src AS SELECT * FROM y.t;
.timer on
BEGIN;
INSERT INTO event (stream, source_id, occurred_utc, category, raw_type, address, lat, lon, geo_quality, extract_id)
  SELECT '311', case_enquiry_id, open_dt, 'other', type, location, CAST(latitude AS REAL),
         CAST(longitude AS REAL), 'exact', 1 FROM src;
COMMIT;
SQL
done
