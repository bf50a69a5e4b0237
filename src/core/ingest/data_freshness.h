#pragma once
/// \file
/// DataFreshness: how current the stored data is, per stream (newest event, last import) and per configured
/// source (the last file it brought) — the Today page's freshness lines.

#include <optional>
#include <string>
#include <vector>

#include "core/config/settings.h"
#include "core/ingest/pull_record.h"
#include "core/model/extract.h"
#include "core/store/store.h"

namespace huddle::core {

/// How current one stream is.
struct StreamFreshness {
  std::string stream;                   ///< "311", "ems", ...
  std::optional<UtcTime> newest_event;  ///< When the newest stored event of the stream happened.
  std::optional<Extract> last_import;   ///< The stream's most recently imported extract (its import's counts).
};

/// When one configured source was last pulled and when it last brought a file.
struct SourceFreshness {
  std::string source;                    ///< The `[[source]]`'s name.
  std::optional<Extract> last_import;    ///< The newest extract recorded from it, if any.
  std::optional<PullRecord> last_pull;   ///< Its last pull, new files or not, if one was recorded.
};

/// The freshness lines of the Today page.
struct DataFreshness {
  std::vector<StreamFreshness> streams;  ///< One per stream asked for, in that order.
  std::vector<SourceFreshness> sources;  ///< One per configured source, in settings order.
};

/// True when `extract` was recorded by a pull of `source`: a URL source's extracts are named by its URL, a CKAN
/// source's by its search URL, and a folder source's by the file name, which must match the source's pattern and
/// have been read with the source's profile (any profile when that is "auto" or a profile file).
bool came_from(const Extract& extract, const Source& source);

/// The freshness of `streams` and of every source in `sources`, from the stored events, extracts and pull
/// records. Throws StorageError.
DataFreshness data_freshness(Store& store, const std::vector<std::string>& streams,
                             const std::vector<Source>& sources);

/// How long before `now` instant `t` was, as people say it: "just now" (under a minute), "12 min ago",
/// "3 h 5 min ago" (under 10 hours), "14 h ago", "2 days ago"; "in 5 min" for a time after `now`.
std::string format_age(UtcTime t, UtcTime now);

}  // namespace huddle::core
