#include "core/report/action_text.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/time/iso.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

constexpr std::array<const char*, 4> kGroupHeadings = {"Overdue", "Due today", "Open", "Closed"};

std::string shown(const std::string& value) { return value.empty() ? "(none)" : '"' + value + '"'; }

}  // namespace

std::string format_tracker_text(const std::vector<TrackerRow>& rows) {
  if (rows.empty()) return "No actions to show.\n";
  std::string out = fmt::format("{:>5}  {:<11}  {:<10}  {:>4}  {:<9}  {:<20}  {}\n", "ID", "STATUS", "DUE", "AGE",
                                "DEPT", "OWNER", "ACTION");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const auto& a = row.action;
    if (i == 0 || rows[i - 1].group != row.group) {
      const auto count =
          std::count_if(rows.begin(), rows.end(), [&](const TrackerRow& r) { return r.group == row.group; });
      out += fmt::format("{} ({})\n", kGroupHeadings.at(static_cast<std::size_t>(row.group)), count);
    }
    out += fmt::format("{:>5}  {:<11}  {:<10}  {:>3}d  {:<9}  {:<20}  {}{}\n", a.id, to_string(a.status),
                       a.due ? format_short_date(*a.due) : "-", row.age_days, row.department.short_name,
                       a.owner.empty() ? "-" : a.owner, a.title, a.place_name.empty() ? "" : " — " + a.place_name);
  }
  return out;
}

std::string format_history_text(const Action& action, const std::vector<ActionChange>& changes,
                                const HuddleSchedule& schedule) {
  std::string out = fmt::format("Action {}: {}\n", action.id, action.title);
  for (const auto& c : changes) {
    const std::string what =
        c.field == "created" ? shown(c.new_value) : fmt::format("{} → {}", shown(c.old_value), shown(c.new_value));
    out += fmt::format("  {:<16}  {:<16}  {:<11}  {}\n", format_local(c.changed_utc, schedule), c.who, c.field, what);
  }
  return out;
}

std::string format_conflict_text(const Action& fresh, const ActionChange& last, const HuddleSchedule& schedule) {
  return fmt::format(
      "action {} was changed by {} at {} (it is now at version {}); your change was not saved.\n"
      "It now reads: status {}, owner {}, due {}, note {}.\nLook at these values and try again.",
      fresh.id, last.who, format_local(last.changed_utc, schedule), fresh.version, to_string(fresh.status),
      shown(fresh.owner), fresh.due ? format_date(*fresh.due) : "(none)", shown(fresh.note));
}

}  // namespace huddle::core
