#pragma once
/// \file
/// How huddle-cli shows an import report: the `import --json` object (CLI.md) and a one-line summary. Shared by
/// the commands that import (`import`, `pull`).

#include <string>

#include <nlohmann/json.hpp>

#include "core/ingest/import_report.h"

namespace huddle::cli {

/// The `import --json` object of one file: file, profile, stream, rows_read, accepted, updated, unchanged,
/// rejected, unlocated, linked, issues (severity, line, column, message), issues_total, already_imported.
nlohmann::json import_report_json(const core::ImportReport& report);

/// "FILE (PROFILE): N accepted, N updated, N unchanged, N rejected", or "FILE (PROFILE): already imported".
std::string import_report_line(const core::ImportReport& report);

/// `value` as JSON text; bytes that are not UTF-8 (a mis-encoded extract) become U+FFFD instead of failing.
std::string dump_json(const nlohmann::json& value);

}  // namespace huddle::cli
