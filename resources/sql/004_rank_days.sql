-- Schema v4: the ranking reads a million events in a few dozen rows.

-- Per UTC day ('YYYY-MM-DD'), the day's counted, located events packed into one blob (time order; the layout is
-- private to core/store and starts with its format version). A cache of `event`: rebuilt from it, never edited.
CREATE TABLE rank_day (
  day    TEXT PRIMARY KEY,
  events BLOB NOT NULL
) WITHOUT ROWID;

-- Days whose events changed since their blob was packed; packing empties it. The store's code marks them, once
-- per day of a batch (triggers would cost a statement, and a statement journal, per row of a bulk import).
CREATE TABLE rank_day_stale (
  day TEXT PRIMARY KEY
) WITHOUT ROWID;

INSERT OR IGNORE INTO rank_day_stale (day) SELECT DISTINCT substr(occurred_utc, 1, 10) FROM event;
