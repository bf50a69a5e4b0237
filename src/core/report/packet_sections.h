#pragma once
/// \file
/// The sections of the printed packet (ARCHITECTURE §7), each added to a page flow as blocks of the body's width,
/// and the styles and small pieces they share.

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/ranking.h"
#include "core/report/packet.h"
#include "core/report/packet_blocks.h"
#include "core/report/packet_flow.h"
#include "core/report/packet_text.h"

namespace huddle::core {

/// Body text, dark grey.
inline constexpr Rgb kInk{0.13, 0.13, 0.13};
/// Notes and labels.
inline constexpr Rgb kMuted{0.38, 0.38, 0.38};
/// Section headings and rules: a dark blue that prints as near-black.
inline constexpr Rgb kAccent{0.08, 0.22, 0.38};
/// What needs attention (overdue, above usual, stale data): Okabe-Ito vermillion, always with words beside it.
inline constexpr Rgb kAlert{0.80, 0.33, 0.0};

/// What every section reads.
struct PacketContext {
  const Packet& packet;  ///< The packet.
  const TextKit& kit;    ///< Its text.
  double width;          ///< Body width in points.
  double body_height;    ///< Body height in points (a block must fit it: the map is sized by it).
};

/// The streams count columns show: those of the citywide summary (311 and EMS always), then any other a listed
/// place has.
std::vector<std::string> packet_streams(const Packet& packet);
/// A place's count for `stream` since the last huddle (0 when none).
long window_count(const RankedPlace& place, const std::string& stream);
/// "1 day", "3 days", "today" (0): an action's age.
std::string age_text(int days);
/// "Open", "In progress", "Blocked", ...: an action's status for people.
std::string status_text(ActionStatus status);

/// A section's heading, kept with what follows it.
Block section_heading(const PacketContext& c, std::string_view title);
/// A smaller heading inside a section.
Block sub_heading(const PacketContext& c, std::string_view title, Rgb colour = kInk);
/// A short explanatory note in small grey type.
Block note(const PacketContext& c, std::string_view text, double space_before = 2);
/// A place's tags as badges, `width` points wide.
Block tag_badges(const PacketContext& c, const RankedPlace& place, double width);

/// One label: value line of a list of facts.
struct Fact {
  std::string label;   ///< "Window".
  std::string value;   ///< "Wed 25 Nov 06:00 to Thu 26 Nov 06:00".
  bool alert = false;  ///< Needs attention (set in the alert colour).
};
/// Facts as two aligned columns, the labels `label_width` points wide.
Block facts(const PacketContext& c, const std::vector<Fact>& rows, double label_width = 120);

/// Title, date, window, data freshness per stream, who is present.
void add_header_section(const PacketContext& c, PageFlow& flow);
/// Citywide counts per stream and category since the last huddle, with the usual range and a 28-day sparkline.
void add_citywide_section(const PacketContext& c, PageFlow& flow);
/// The top places table.
void add_top_places_section(const PacketContext& c, PageFlow& flow);
/// The map of top places and the watch list.
void add_map_section(const PacketContext& c, PageFlow& flow);
/// The watch list table.
void add_watch_section(const PacketContext& c, PageFlow& flow);
/// Open actions grouped overdue, due today, open.
void add_actions_section(const PacketContext& c, PageFlow& flow);
/// The run-of-show with time boxes and, once run, actual times.
void add_run_of_show_section(const PacketContext& c, PageFlow& flow);
/// One card per top place.
void add_place_cards(const PacketContext& c, PageFlow& flow);
/// The ranking method, category weights and the data-quality notes.
void add_method_section(const PacketContext& c, PageFlow& flow);

}  // namespace huddle::core
