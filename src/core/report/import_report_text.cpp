#include "core/report/import_report_text.h"

#include <fmt/format.h>

namespace huddle::core {

std::string import_report_text(const ImportReport& r) {
  std::string out = fmt::format("{}: profile {} (stream {})\n", r.file, r.profile, r.stream);
  if (r.already_imported) {
    return out + fmt::format("  already imported: {} rows unchanged, nothing to do\n", r.unchanged);
  }
  out += fmt::format("  {} rows read: {} new, {} updated, {} unchanged{}, {} rejected; {} without a usable location, "
                     "{} repeat reports linked\n",
                     r.rows_read, r.accepted, r.updated, r.unchanged,
                     r.grouped ? fmt::format(", {} folded into their incident", r.grouped) : "", r.rejected,
                     r.unlocated, r.linked);
  if (r.time_shift != "none") out += fmt::format("  time shift: {}\n", r.time_shift);
  for (const auto& i : r.issues) {
    out += fmt::format("  {} line {}{}: {}\n", i.severity == ImportIssue::Severity::error ? "rejected" : "note",
                       i.line, i.column.empty() ? "" : " (" + i.column + ")", i.message);
  }
  if (r.issues_total > static_cast<long>(r.issues.size())) {
    out += fmt::format("  ... and {} more (see --json)\n", r.issues_total - static_cast<long>(r.issues.size()));
  }
  if (!r.unmapped_types.empty()) {
    out += "  raw types that fell to the default category (map them in the profile):";
    for (const auto& [type, count] : r.unmapped_types) out += fmt::format(" {} ({});", type.empty() ? "(blank)" : type, count);
    out += "\n";
  }
  return out;
}

}  // namespace huddle::core
