-- Schema v3: what a huddle keeps to be reproduced and run live.

-- The ranking as it stood when the huddle was created (JSON, the shape of `huddle-cli rank --json`), so that a past
-- huddle and its packet read the same after new data arrives.
ALTER TABLE huddle ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';

-- "No action" agreed for a place at a huddle, with the reason. A place with actions needs no row: its actions
-- name the huddle and the place.
CREATE TABLE no_action (
  huddle_id   INTEGER NOT NULL REFERENCES huddle (id) ON DELETE CASCADE,
  place_id    TEXT NOT NULL,
  reason      TEXT NOT NULL,
  decided_utc TEXT NOT NULL,
  who         TEXT NOT NULL,
  PRIMARY KEY (huddle_id, place_id)
);
