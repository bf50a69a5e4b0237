#include "core/jobs/rank_job.h"

#include <algorithm>

#include "core/analysis/cell_tally.h"
#include "core/analysis/event_frame.h"
#include "core/analysis/explanation.h"
#include "core/analysis/grid.h"
#include "core/analysis/place_naming.h"
#include "core/model/event.h"

namespace huddle::core {
namespace {

/// A new place is named from its newest events, at most this many.
constexpr std::size_t kNamingSample = 200;

/// The name of a new place: its newest events' most frequent address, else its point.
std::string name_of(const RankedPlace& p, const EventRepository& events) {
  const auto& ids = p.event_ids;
  const std::size_t first = ids.size() > kNamingSample ? ids.size() - kNamingSample : 0;
  std::vector<std::string> addresses;
  for (auto& e : events.by_ids({ids.data() + first, ids.size() - first})) addresses.push_back(std::move(e.address));
  std::string name = name_from_addresses(addresses);
  return name.empty() ? name_from_point(p.place.lat, p.place.lon) : name;
}

RankingQuality measure_quality(const EventRepository& events, const HuddleWindow& window) {
  RankingQuality q;
  const RangeTotals totals = events.totals(window.start, window.cutoff);
  q.unlocated = totals.unlocated;
  q.linked = totals.linked;
  q.latest_event = events.newest_per_stream();
  std::vector<std::string> streams = {std::string(kStream311), std::string(kStreamEms)};
  for (const auto& [stream, t] : q.latest_event) {
    if (std::find(streams.begin(), streams.end(), stream) == streams.end()) streams.push_back(stream);
  }
  const auto counts = events.count_by_stream_category(window.start, window.cutoff);
  for (const auto& stream : streams) {
    const bool any = std::any_of(counts.begin(), counts.end(), [&](const auto& c) { return c.stream == stream; });
    if (!any) q.silent_streams.push_back(stream);
  }
  return q;
}

/// The open actions about a place: those naming its id or one of its cells.
std::vector<Action> actions_on(const Place& place, const std::vector<Action>& open) {
  std::vector<Action> out;
  for (const auto& a : open) {
    if (a.place_id.empty()) continue;
    const bool here = a.place_id == place.id || std::any_of(place.cells.begin(), place.cells.end(), [&](Cell c) {
                        return Grid::cell_id(c) == a.place_id;
                      });
    if (here) out.push_back(a);
  }
  std::sort(out.begin(), out.end(), [](const Action& a, const Action& b) {
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();  // dated first
    return a.due < b.due;
  });
  return out;
}

}  // namespace

Ranking rank_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                    const HuddleSchedule& schedule, UtcTime at, PlaceMemory memory) {
  Ranking out;
  out.window = schedule.current_at(at);
  const UtcTime cutoff = out.window.cutoff;

  RankingInput input;
  input.window = out.window;
  input.params = settings.ranking;
  input.center_lat = settings.center_lat;
  input.center_lon = settings.center_lon;
  for (const auto& c : categories) input.weights[c.id] = c.weight;
  const auto remembered = store.places().listed_since(cutoff - std::chrono::days{settings.ranking.place_memory_days});
  const bool newest = std::all_of(remembered.begin(), remembered.end(),
                                  [&](const RememberedPlace& p) { return p.last_listed_at <= cutoff; });
  for (const auto& p : remembered) {
    if (p.first_listed_at <= cutoff) input.memory.push_back(p);
  }

  const EventFrame frame = load_event_frame(
      store.events(), cutoff - std::chrono::days{kHistoryDays + kBaselineLagDays}, cutoff);
  out.lists = rank_places(frame, input);
  out.quality = measure_quality(store.events(), out.window);

  std::vector<Action> open;
  for (auto& a : store.actions().list()) {
    if (is_open(a.status)) open.push_back(std::move(a));
  }
  ExplanationContext context{schedule, out.window, categories, {}};
  for (const auto& d : store.departments().list()) context.departments[d.id] = d.short_name;

  std::vector<RememberedPlace> to_remember;
  for (auto* list : {&out.lists.top, &out.lists.watch}) {
    for (auto& p : *list) {
      if (p.place.name.empty()) p.place.name = name_of(p, store.events());
      p.open_actions = actions_on(p.place, open);
      if (!p.open_actions.empty()) p.tags.push_back(PlaceTag::action_open);
      p.explanation = explain_place(p, context);
      const auto known = std::find_if(input.memory.begin(), input.memory.end(),
                                      [&](const RememberedPlace& r) { return r.place.id == p.place.id; });
      to_remember.push_back(RememberedPlace{p.place, known == input.memory.end() ? cutoff : known->first_listed_at, cutoff});
    }
  }
  if (newest && memory == PlaceMemory::remember) store.places().remember(to_remember);
  return out;
}

}  // namespace huddle::core
