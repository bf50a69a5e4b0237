#pragma once
/// \file
/// ImportReport: what importing one extract did, row by row problems included.

#include <string>
#include <utility>
#include <vector>

namespace huddle::core {

/// One problem found while importing.
struct ImportIssue {
  enum class Severity { warning, error };
  Severity severity = Severity::error;  ///< error: the row was rejected; warning: kept, with a remark.
  long line = 0;                        ///< 1-based physical line in the file (0 = the whole file).
  std::string column;                   ///< Header name, or empty.
  std::string message;                  ///< What was wrong and what was expected.
};

/// The report of one file (the keys of `huddle-cli import --json`).
struct ImportReport {
  std::string file;          ///< As given.
  std::string profile;       ///< Profile used.
  std::string stream;        ///< Its stream.
  std::string sha256;        ///< Content hash.
  long rows_read = 0;        ///< Data rows read (records, not physical lines).
  long accepted = 0;         ///< New events stored.
  long updated = 0;          ///< Stored events replaced by a newer version.
  long unchanged = 0;        ///< Rows identical to what was stored.
  long grouped = 0;          ///< Rows folded into another row's incident (profiles with `group`).
  long rejected = 0;         ///< Rows not stored (see issues).
  long unlocated = 0;        ///< Stored rows without a usable point.
  long linked = 0;           ///< Stored rows linked as repeats of an earlier report.
  bool already_imported = false;  ///< The same content was imported before (nothing to do).
  std::string time_shift;    ///< "none", or what was applied and why.
  std::vector<std::pair<std::string, long>> unmapped_types;  ///< Raw types that fell to the default category, most frequent first (top 10).
  std::vector<ImportIssue> issues;  ///< Capped at 200; see `issues_total`.
  long issues_total = 0;     ///< All issues, including those past the cap.
};

}  // namespace huddle::core
