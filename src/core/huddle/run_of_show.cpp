#include "core/huddle/run_of_show.h"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "core/huddle/action_groups.h"

namespace huddle::core {
namespace {

AgendaItem item(AgendaKind kind, std::string title, int seconds) {
  AgendaItem i;
  i.kind = kind;
  i.title = std::move(title);
  i.planned_seconds = seconds;
  return i;
}

/// The first present department of one of `kinds`, in sort order.
std::optional<std::int64_t> first_of_kind(const std::vector<Department>& present, std::initializer_list<const char*> kinds) {
  for (const char* kind : kinds) {
    for (const auto& d : present) {
      if (d.kind == kind) return d.id;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<AgendaItem> draft_run_of_show(const Ranking& ranking, const std::vector<Action>& open_actions,
                                          const std::vector<Department>& present, const RunOfShowTimes& times) {
  std::vector<Department> departments = present;
  std::stable_sort(departments.begin(), departments.end(),
                   [](const Department& a, const Department& b) { return a.sort_order < b.sort_order; });
  std::vector<AgendaItem> out;
  out.push_back(item(AgendaKind::data_safety, "Data and safety-critical items", times.data_safety));
  out.back().presenter_department = first_of_kind(departments, {"coordination"});

  for (const auto& p : ranking.lists.top) {
    out.push_back(item(AgendaKind::place, fmt::format("{}. {}", p.rank, p.place.name), times.per_place));
    out.back().place_id = p.place.id;
  }
  if (!ranking.lists.watch.empty()) {
    out.push_back(item(AgendaKind::watch_list,
                       fmt::format("Watch list: {} new or surging place{}", ranking.lists.watch.size(),
                                   ranking.lists.watch.size() == 1 ? "" : "s"),
                       times.watch_list));
  }
  long overdue = 0, due_today = 0;
  for (const auto& a : open_actions) {
    const auto group = group_of(a, ranking.window.date);
    overdue += group == ActionGroup::overdue;
    due_today += group == ActionGroup::due_today;
  }
  if (overdue + due_today > 0) {
    out.push_back(item(AgendaKind::overdue_actions,
                       fmt::format("Actions: {} overdue, {} due today", overdue, due_today), times.actions));
  }
  out.push_back(item(AgendaKind::elevated_risk, "Individuals at elevated risk (verbal; no names recorded)",
                     times.elevated_risk));
  out.back().presenter_department = first_of_kind(departments, {"health", "outreach"});
  for (const auto& d : departments) {
    out.push_back(item(AgendaKind::round_robin, "Round-robin: " + d.name, times.per_department));
    out.back().presenter_department = d.id;
  }
  out.push_back(item(AgendaKind::parking_lot, "Parking lot", times.parking_lot));
  for (std::size_t i = 0; i < out.size(); ++i) out[i].position = static_cast<int>(i);
  return out;
}

int planned_seconds(const std::vector<AgendaItem>& items) {
  return std::accumulate(items.begin(), items.end(), 0,
                         [](int sum, const AgendaItem& i) { return sum + i.planned_seconds; });
}

}  // namespace huddle::core
