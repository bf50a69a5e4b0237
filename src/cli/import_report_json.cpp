#include "cli/import_report_json.h"

#include <fmt/format.h>

namespace huddle::cli {

nlohmann::json import_report_json(const core::ImportReport& report) {
  auto issues = nlohmann::json::array();
  for (const auto& issue : report.issues) {
    issues.push_back({{"severity", issue.severity == core::ImportIssue::Severity::error ? "error" : "warning"},
                      {"line", issue.line},
                      {"column", issue.column},
                      {"message", issue.message}});
  }
  return {{"file", report.file},
          {"profile", report.profile},
          {"stream", report.stream},
          {"rows_read", report.rows_read},
          {"accepted", report.accepted},
          {"updated", report.updated},
          {"unchanged", report.unchanged},
          {"rejected", report.rejected},
          {"unlocated", report.unlocated},
          {"linked", report.linked},
          {"issues", std::move(issues)},
          {"issues_total", report.issues_total},
          {"already_imported", report.already_imported}};
}

std::string import_report_line(const core::ImportReport& report) {
  if (report.already_imported) return fmt::format("{} ({}): already imported", report.file, report.profile);
  return fmt::format("{} ({}): {} accepted, {} updated, {} unchanged, {} rejected", report.file, report.profile,
                     report.accepted, report.updated, report.unchanged, report.rejected);
}

std::string dump_json(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace huddle::cli
