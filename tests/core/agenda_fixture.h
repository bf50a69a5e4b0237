#pragma once
// A stored city for the agenda tests: events by grid cell before the Thursday 26 November 2026 cutoff, actions,
// and the huddle's agenda rendered in each format.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/analysis/grid.h"
#include "core/jobs/brief_job.h"
#include "core/jobs/huddle_job.h"
#include "core/report/agenda_render.h"
#include "core/report/agenda_view.h"
#include "test_support.h"

namespace huddle::test {

/// Thursday 26 November 2026, the huddle of the agenda tests (cutoff 06:00 Boston = 11:00 UTC).
inline constexpr core::Date kAgendaDay{std::chrono::year{2026} / 11 / 26};

/// A workspace with the shipped configuration on a new database.
struct AgendaCity {
  TempDir dir;
  core::Workspace ws = open_workspace(dir);
  core::HuddleSchedule schedule = ws.settings.schedule();
  core::Grid grid{ws.settings.center_lat, ws.settings.center_lon, ws.settings.ranking.grid_metres};
  int next_id = 1;

  /// `count` events in cell (x, y) with `address`, `hours` before the Thursday cutoff (one minute apart).
  void add(int x, int y, double hours, int count, const std::string& address, const std::string& category = "needles",
           const std::string& stream = "311", const std::string& raw_type = "Needle Pickup") {
    std::vector<core::Event> events;
    for (int i = 0; i < count; ++i) {
      core::Event e;
      e.stream = stream;
      e.source_id = std::to_string(next_id++);
      e.occurred_utc = utc(2026, 11, 26, 11) - std::chrono::seconds{static_cast<long>(hours * 3600) + 60 * i};
      e.category = category;
      e.raw_type = raw_type;
      e.address = address;
      double lat = 0, lon = 0;
      grid.centre_of(core::Cell{x, y}, lat, lon);
      e.lat = lat;
      e.lon = lon;
      e.geo_quality = core::GeoQuality::exact;
      events.push_back(std::move(e));
    }
    ws.store->events().add(events);
  }

  /// The id of the stored department `name`.
  std::int64_t department(const std::string& name) const {
    const auto d = ws.store->departments().by_name(name);
    REQUIRE_MESSAGE(d, "no department " << name);
    return d->id;
  }

  /// Stores an open action of `department` created at `created`.
  core::Action add_action(const std::string& title, const std::string& department_name, core::UtcTime created,
                          std::optional<core::Date> due, const std::string& owner = "",
                          const core::RankedPlace* place = nullptr) {
    core::Action a;
    a.title = title;
    a.department_id = department(department_name);
    a.owner = owner;
    if (place) {
      a.place_id = place->place.id;
      a.place_name = place->place.name;
    }
    a.created_utc = created;
    a.updated_utc = created;
    a.due = due;
    ws.store->actions().add(a, "test");
    return a;
  }

  /// The Thursday huddle (created on first use).
  core::HuddleBrief open() { return core::open_huddle(*ws.store, ws.settings, ws.categories, schedule, kAgendaDay); }

  /// Writes `brief`'s packet files in `formats` into `out` (the packet made an hour after the cutoff).
  std::vector<std::filesystem::path> write(const core::HuddleBrief& brief, const std::filesystem::path& out,
                                           const std::vector<core::PacketFormat>& formats) {
    core::NullProgress progress;
    return core::write_brief(ws, schedule, brief, {out, formats}, utc(2026, 11, 26, 12), progress);
  }

  /// The agenda of `brief` in `format`, through the workspace's template.
  std::string render(const core::HuddleBrief& brief, core::AgendaFormat format) {
    return core::render_brief_agenda(ws, schedule, brief, format);
  }
};

/// A whole file as text.
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace huddle::test
