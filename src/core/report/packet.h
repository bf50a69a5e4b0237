#pragma once
/// \file
/// Packet: everything the printed/PDF packet and the xlsx workbook show for one huddle, gathered once by the
/// packet job so that every renderer reads the same figures (ARCHITECTURE §7).

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/citywide_trend.h"
#include "core/analysis/ranking_params.h"
#include "core/config/settings.h"
#include "core/draw/boundary.h"
#include "core/jobs/huddle_job.h"
#include "core/model/category.h"
#include "core/model/department.h"
#include "core/model/event.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// Width and height of `paper` in PostScript points (1/72 inch).
std::pair<double, double> paper_points(PaperSize paper);

/// One de-identified event of the Events sheet: no free text, no address.
struct PacketEvent {
  UtcTime occurred_utc{};      ///< When.
  std::string_view stream;     ///< "311", "ems", ...
  std::string_view category;   ///< Category id.
  std::string_view raw_type;   ///< The feed's own type text (from the extract: hostile text possible).
  std::string_view place;      ///< The listed place it counts for ("" when none). From place naming.
  GeoQuality geo_quality = GeoQuality::missing;  ///< Quality of its point.
};

/// Calls its argument once per event of the packet, oldest first, streamed (constant memory). The views are valid
/// only during the call.
using PacketEventSource = std::function<void(const std::function<void(const PacketEvent&)>&)>;

/// One huddle's packet contents.
struct Packet {
  std::string city;                     ///< The city's name (settings).
  HuddleSchedule schedule;              ///< The city's time zone and huddle days: local times, ages of actions.
  HuddleBrief brief;                    ///< Huddle, ranking snapshot, run-of-show, carried-over actions, no-actions.
  std::vector<Department> departments;  ///< Every department (presenters and action owners by id).
  std::vector<Action> actions;          ///< Every stored action (decisions and recent actions per place).
  CitywideTrend citywide;               ///< Citywide counts per stream and category with usual range, 28 days.
  std::vector<Category> categories;     ///< Categories with the weights in force (overrides applied).
  RankingParams params;                 ///< The ranking method's figures.
  double center_lat = 0, center_lon = 0;  ///< The grid's origin (to draw a place's cells).
  std::optional<BoundaryLayer> boundaries;  ///< The boundary layer named in settings, when there is one.
  PaperSize paper = PaperSize::letter;  ///< The PDF's paper.
  UtcTime generated_utc{};              ///< When the packet was made.

  /// The department with id `id`, or nullptr.
  const Department* department(std::int64_t id) const;
  /// The category's label, or its id when unknown.
  std::string_view category_label(std::string_view id) const;
};

}  // namespace huddle::core
