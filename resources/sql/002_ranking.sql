-- Schema v2: what the ranking reads fast, and the places it remembers.

-- The ranking reads every counted, located event of 30 days; this partial index holds exactly those rows and
-- exactly the columns it needs, so the read never touches the wide event rows.
CREATE INDEX event_rank ON event (occurred_utc, stream, category, lat, lon)
  WHERE lat IS NOT NULL AND lon IS NOT NULL AND linked_to IS NULL;

-- A listed place keeps its id and name from day to day while it stays listed (place_memory_days).
CREATE TABLE place (
  id              TEXT PRIMARY KEY,        -- the cell id of its first anchor, e.g. 'c12_-4'
  name            TEXT NOT NULL,
  cells           TEXT NOT NULL,           -- its cells, 'x,y;x,y;...'
  first_listed_at TEXT NOT NULL,           -- cutoff (UTC) of the first ranking that listed it
  last_listed_at  TEXT NOT NULL            -- cutoff (UTC) of the latest ranking that listed it
);
CREATE INDEX place_last_listed ON place (last_listed_at);
