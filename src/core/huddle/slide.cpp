#include "core/huddle/slide.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/error.h"
#include "core/jobs/decision_job.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// A listed place of the ranking and its list's marker.
struct Listed {
  const RankedPlace* place = nullptr;
  bool watch = false;
};

Listed find_place(const Ranking& ranking, const std::string& place_id) {
  for (const auto& p : ranking.lists.top) {
    if (p.place.id == place_id) return {&p, false};
  }
  for (const auto& p : ranking.lists.watch) {
    if (p.place.id == place_id) return {&p, true};
  }
  return {};
}

std::string due_text(const Action& a, Date today) {
  if (!a.due) return "";
  const auto late = (std::chrono::sys_days{today} - std::chrono::sys_days{*a.due}).count();
  if (late > 0 && is_open(a.status)) return fmt::format("{} day{} overdue", late, late == 1 ? "" : "s");
  if (late == 0) return "due today";
  return "due " + format_short_date(*a.due);
}

SlideAction slide_action(const Action& a, const std::map<std::int64_t, std::string>& departments, Date today) {
  SlideAction out;
  out.id = a.id;
  out.title = a.title;
  if (const auto d = departments.find(a.department_id); d != departments.end()) out.who = d->second;
  if (!a.owner.empty()) out.who += (out.who.empty() ? "" : ", ") + a.owner;
  out.due = due_text(a, today);
  out.place = a.place_name;
  out.overdue = is_open(a.status) && a.due && *a.due < today;
  out.done = a.status == ActionStatus::done;
  return out;
}

/// `first` then `then`, each action once (the copy with the higher version), dropped ones left out, kept where
/// `keep` says so.
template <typename Keep>
std::vector<Action> merged(const std::vector<Action>& first, const std::vector<Action>& then, Keep keep) {
  std::map<std::int64_t, const Action*> newest;
  for (const auto* list : {&first, &then}) {
    for (const auto& a : *list) {
      auto& slot = newest[a.id];
      if (!slot || a.version > slot->version) slot = &a;
    }
  }
  std::vector<Action> out;
  for (const auto* list : {&first, &then}) {
    for (const auto& a : *list) {
      auto found = newest.find(a.id);
      if (found == newest.end()) continue;  // listed already
      const Action& shown = *found->second;
      newest.erase(found);
      if (shown.status != ActionStatus::dropped && keep(shown)) out.push_back(shown);
    }
  }
  return out;
}

std::string count_line(const RankedPlace& p) {
  std::string counts;
  for (const auto& [stream, n] : p.window_counts) {
    counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", stream_label(stream), n);
  }
  return counts.empty() ? "no reports since the last huddle" : counts;
}

void fill_place(Slide& slide, const HuddleBrief& brief, const AgendaItem& item, const std::vector<Action>& agreed,
                const std::map<std::int64_t, std::string>& departments) {
  const Date today = brief.huddle.date;
  const Listed listed = find_place(brief.ranking, item.place_id);
  slide.place_id = item.place_id;
  if (listed.place) {
    const RankedPlace& p = *listed.place;
    slide.kicker = listed.watch ? fmt::format("Watch list W{}", p.rank) : fmt::format("Top place {}", p.rank);
    slide.title = p.place.name.empty() ? item.title : p.place.name;
    for (const PlaceTag tag : p.tags) slide.tags.emplace_back(to_string(tag));
    slide.explanation = p.explanation;
    for (const auto& [stream, n] : p.window_counts) slide.counts.push_back({stream_label(stream), n});
  }
  slide.list_heading = "Actions on this place";
  const auto on_place = [&](const Action& a) { return a.place_id == item.place_id; };
  for (const auto& a : merged(brief.carried, agreed_on_place(agreed, brief.huddle.id, item.place_id), on_place)) {
    slide.actions.push_back(slide_action(a, departments, today));
  }
  for (const auto& n : brief.no_actions) {
    if (n.place_id == item.place_id) slide.decision = "No action: " + n.reason;
  }
  slide.empty_list = "No action agreed yet.";
}

void fill_actions(Slide& slide, const HuddleBrief& brief, const std::vector<Action>& agreed,
                  const std::map<std::int64_t, std::string>& departments) {
  const Date today = brief.huddle.date;
  slide.list_heading = "Overdue and due today";
  const auto due_by_today = [&](const Action& a) { return a.due && *a.due <= today; };
  for (const auto& a : merged(brief.carried, agreed, due_by_today)) {
    slide.actions.push_back(slide_action(a, departments, today));
  }
  slide.empty_list = "Nothing overdue or due today.";
}

void fill_data(Slide& slide, const HuddleBrief& brief, const HuddleSchedule& schedule) {
  const auto& quality = brief.ranking.quality;
  for (const auto& [stream, t] : quality.latest_event) {
    slide.lines.push_back(fmt::format("Newest {} report: {}", stream_label(stream), format_local(t, schedule)));
  }
  for (const auto& stream : quality.silent_streams) {
    slide.lines.push_back(fmt::format("No {} reports since the last huddle", stream_label(stream)));
  }
  if (quality.unlocated > 0) {
    slide.lines.push_back(fmt::format("{} report{} without a usable location (not ranked)", quality.unlocated,
                                      quality.unlocated == 1 ? "" : "s"));
  }
}

}  // namespace

Slide make_slide(const HuddleBrief& brief, const std::vector<Action>& agreed,
                 const std::vector<Department>& departments, std::size_t item, const HuddleSchedule& schedule) {
  const auto& agenda = brief.agenda;
  if (item >= agenda.size()) {
    throw Error(fmt::format("item {} is past the run-of-show's {} items", item + 1, agenda.size()));
  }
  const AgendaItem& it = agenda[item];
  std::map<std::int64_t, std::string> short_names;
  for (const auto& d : departments) short_names[d.id] = d.short_name.empty() ? d.name : d.short_name;

  Slide slide;
  slide.kind = it.kind;
  slide.position = fmt::format("Item {} of {}", item + 1, agenda.size());
  slide.title = it.title;
  for (const auto& d : departments) {
    if (it.presenter_department == d.id) slide.presenter = "Presented by " + d.name;
  }
  slide.counts_since = "since " + format_since(brief.huddle.window_start_utc, brief.huddle.date, schedule);
  slide.notes = it.notes;
  slide.next = item + 1 < agenda.size() ? "Next: " + agenda[item + 1].title : "Last item";
  switch (it.kind) {
    case AgendaKind::place: fill_place(slide, brief, it, agreed, short_names); break;
    case AgendaKind::overdue_actions: fill_actions(slide, brief, agreed, short_names); break;
    case AgendaKind::data_safety: fill_data(slide, brief, schedule); break;
    case AgendaKind::watch_list:
      for (const auto& p : brief.ranking.lists.watch) {
        slide.lines.push_back(fmt::format("W{}  {}: {}", p.rank, p.place.name, count_line(p)));
      }
      break;
    case AgendaKind::elevated_risk:
      slide.lines.push_back("Reported by word of mouth only: no names are recorded, not even in the notes.");
      break;
    case AgendaKind::round_robin:
    case AgendaKind::parking_lot:
    case AgendaKind::other: break;
  }
  return slide;
}

}  // namespace huddle::core
