#include "core/jobs/huddle_job.h"

#include <fmt/format.h>

#include "core/error.h"
#include "core/huddle/action_groups.h"
#include "core/huddle/run_of_show.h"
#include "core/report/ranking_json.h"
#include "core/time/iso.h"

namespace huddle::core {

HuddleBrief open_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                        const HuddleSchedule& schedule, Date date) {
  if (auto stored = store.huddles().by_date(date)) return read_brief(store, *stored);
  const HuddleWindow window = schedule.window_for(date);
  std::vector<Department> present;
  for (auto& d : store.departments().list()) {
    if (d.active) present.push_back(std::move(d));
  }
  store.transaction([&] {
    const Ranking ranking = rank_huddle(store, settings, categories, schedule, window.cutoff);
    Huddle h;
    h.date = date;
    h.cutoff_utc = window.cutoff;
    h.window_start_utc = window.start;
    for (const auto& d : present) h.attendance.push_back(d.id);
    h.snapshot = format_ranking_json(ranking, schedule);
    store.huddles().add(h);
    std::vector<Action> open;
    for (auto& a : store.actions().list()) {
      if (is_open(a.status)) open.push_back(std::move(a));
    }
    auto agenda = draft_run_of_show(ranking, open, present);
    store.huddles().set_agenda(h.id, agenda);
  });
  return read_brief(store, *store.huddles().by_date(date));
}

HuddleBrief read_brief(Store& store, const Huddle& huddle) {
  HuddleBrief brief;
  brief.huddle = huddle;
  if (huddle.snapshot.empty()) {
    // Huddles stored before schema v3 (and the demo's history) have no snapshot: their run-of-show names the
    // places, the ranking is empty.
    brief.ranking.window = {huddle.date, huddle.window_start_utc, huddle.cutoff_utc};
  } else {
    brief.ranking = parse_ranking_json(huddle.snapshot);
  }
  brief.agenda = store.huddles().agenda(huddle.id);
  std::vector<Action> open;
  for (auto& a : store.actions().list()) {
    if (is_open(a.status)) open.push_back(std::move(a));
  }
  brief.carried = in_tracker_order(std::move(open), huddle.date);
  brief.no_actions = store.huddles().no_actions(huddle.id);
  return brief;
}

void set_huddle_state(Store& store, Huddle& huddle, HuddleState state) {
  const bool allowed = (huddle.state == HuddleState::draft && state != HuddleState::draft) ||
                       (huddle.state == HuddleState::live && state == HuddleState::closed) ||
                       (huddle.state == HuddleState::closed && state == HuddleState::live);
  if (!allowed) {
    throw Error(fmt::format("the huddle of {} is {}; it cannot become {}", format_date(huddle.date),
                            to_string(huddle.state), to_string(state)));
  }
  huddle.state = state;
  store.huddles().update(huddle);
}

}  // namespace huddle::core
