#pragma once
/// \file
/// An import report as a few lines of text for people (huddle-cli's import_report_json.h has the JSON for programs).

#include <string>

#include "core/ingest/import_report.h"

namespace huddle::core {

/// The report as a few aligned lines: counts, time shift, rejected rows, raw types that fell to the default.
std::string import_report_text(const ImportReport& report);

}  // namespace huddle::core
