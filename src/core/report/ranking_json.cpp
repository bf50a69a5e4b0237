#include "core/report/ranking_json.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/time/iso.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

using nlohmann::json;

constexpr std::array<PlaceTag, 7> kTags = {PlaceTag::new_place,   PlaceTag::surging, PlaceTag::persistent,
                                           PlaceTag::cooling,     PlaceTag::repeat,  PlaceTag::few_reports,
                                           PlaceTag::action_open};

json place_json(const RankedPlace& p) {
  json tags = json::array();
  for (const auto tag : p.tags) tags.push_back(std::string(to_string(tag)));
  json cells = json::array();
  for (const Cell c : p.place.cells) cells.push_back({c.x, c.y});
  json actions = json::array();
  for (const auto& a : p.open_actions) actions.push_back(a.id);
  return {{"rank", p.rank},
          {"id", p.place.id},
          {"name", p.place.name},
          {"lat", p.place.lat},
          {"lon", p.place.lon},
          {"score", p.score},
          {"window_counts", p.window_counts},
          {"window_categories", p.window_categories},
          {"window_total", p.window_total},
          {"counts_7d", p.counts_7d},
          {"count_before_21d", p.count_before_21d},
          {"baseline_total", p.baseline_total},
          {"usual_per_day", p.usual_per_day},
          {"z", p.z},
          {"z_stream", p.z_stream},
          {"active_days", p.active_days},
          {"active_last_3", p.active_last_3},
          {"daily", p.daily},
          {"cells", cells},
          {"tags", tags},
          {"open_actions", p.open_actions.size()},
          {"open_action_ids", actions},
          {"explanation", p.explanation}};
}

json places_json(const std::vector<RankedPlace>& places) {
  json out = json::array();
  for (const auto& p : places) out.push_back(place_json(p));
  return out;
}

UtcTime utc_of(const json& j, const char* key) {
  const auto t = parse_utc(j.at(key).get<std::string>());
  if (!t) throw Error(std::string("ranking snapshot: '") + key + "' is not a UTC time");
  return *t;
}

PlaceTag tag_of(const std::string& text) {
  for (const auto tag : kTags) {
    if (to_string(tag) == text) return tag;
  }
  throw Error("ranking snapshot: unknown tag '" + text + "'");
}

RankedPlace place_of(const json& j) {
  RankedPlace p;
  p.rank = j.at("rank");
  p.place.id = j.at("id");
  p.place.name = j.at("name");
  p.place.lat = j.at("lat");
  p.place.lon = j.at("lon");
  p.score = j.at("score");
  p.window_counts = j.at("window_counts").get<std::map<std::string, long>>();
  p.window_categories = j.at("window_categories").get<std::map<std::string, long>>();
  p.window_total = j.at("window_total");
  p.counts_7d = j.at("counts_7d");
  p.count_before_21d = j.at("count_before_21d");
  p.baseline_total = j.at("baseline_total");
  p.usual_per_day = j.at("usual_per_day");
  p.z = j.at("z");
  p.z_stream = j.at("z_stream");
  p.active_days = j.at("active_days");
  p.active_last_3 = j.at("active_last_3");
  p.daily = j.at("daily").get<std::map<std::string, std::vector<long>>>();
  for (const auto& c : j.at("cells")) p.place.cells.push_back(Cell{c.at(0), c.at(1)});
  for (const auto& t : j.at("tags")) p.tags.push_back(tag_of(t));
  for (const auto& id : j.at("open_action_ids")) {
    Action a;
    a.id = id;
    p.open_actions.push_back(a);
  }
  p.explanation = j.at("explanation");
  return p;
}

}  // namespace

std::string format_ranking_json(const Ranking& ranking, const HuddleSchedule& schedule) {
  json latest = json::object(), latest_utc = json::object();
  for (const auto& [stream, t] : ranking.quality.latest_event) {
    latest[stream] = format_local_iso(t, schedule);
    latest_utc[stream] = format_utc(t);
  }
  const json out = {{"huddle_date", format_date(ranking.window.date)},
                    {"cutoff", format_local_iso(ranking.window.cutoff, schedule)},
                    {"window_start", format_local_iso(ranking.window.start, schedule)},
                    {"cutoff_utc", format_utc(ranking.window.cutoff)},
                    {"window_start_utc", format_utc(ranking.window.start)},
                    {"places", places_json(ranking.lists.top)},
                    {"watch", places_json(ranking.lists.watch)},
                    {"data_quality",
                     {{"unlocated", ranking.quality.unlocated},
                      {"linked", ranking.quality.linked},
                      {"latest_event", latest},
                      {"latest_event_utc", latest_utc},
                      {"silent_streams", ranking.quality.silent_streams}}}};
  return out.dump(2) + "\n";
}

Ranking parse_ranking_json(const std::string& text) {
  try {
    const json j = json::parse(text);
    Ranking r;
    const auto date = parse_date(j.at("huddle_date").get<std::string>());
    if (!date) throw Error("ranking snapshot: 'huddle_date' is not a date");
    r.window.date = *date;
    r.window.cutoff = utc_of(j, "cutoff_utc");
    r.window.start = utc_of(j, "window_start_utc");
    for (const auto& p : j.at("places")) r.lists.top.push_back(place_of(p));
    for (const auto& p : j.at("watch")) r.lists.watch.push_back(place_of(p));
    const json& q = j.at("data_quality");
    r.quality.unlocated = q.at("unlocated");
    r.quality.linked = q.at("linked");
    for (const auto& [stream, t] : q.at("latest_event_utc").items()) {
      const auto time = parse_utc(t.get<std::string>());
      if (!time) throw Error("ranking snapshot: a latest event time is not a UTC time");
      r.quality.latest_event[stream] = *time;
    }
    r.quality.silent_streams = q.at("silent_streams").get<std::vector<std::string>>();
    return r;
  } catch (const json::exception& e) {
    throw Error(std::string("ranking snapshot: ") + e.what());
  }
}

}  // namespace huddle::core
