// The packet's place sections: the top places table, the map, the watch list and one card per top place.

#include <algorithm>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "core/analysis/explanation.h"
#include "core/draw/daily_bars.h"
#include "core/draw/place_map.h"
#include "core/huddle/action_groups.h"
#include "core/report/packet_sections.h"
#include "core/report/packet_table.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// The table of a list of places: rank, name with tags (and, for the watch list, the explanation), counts since
/// the last huddle per stream, 7 days, usual a day, z.
TableBlocks places_table(const PacketContext& c, const std::vector<RankedPlace>& places, std::string_view prefix,
                         bool with_explanation, std::string title) {
  const auto streams = packet_streams(c.packet);
  std::vector<TableColumn> columns{{"#", 24}, {"Place", 0}};
  for (const auto& s : streams) columns.push_back({stream_label(s), 42, true});
  columns.push_back({"7 days", 38, true});
  columns.push_back({"Usual a day", 42, true});
  columns.push_back({"z", 32, true});
  TableBuilder table(c.kit, c.width, std::move(columns), std::move(title));
  table.group_heading(2, 1 + streams.size(), "Since last huddle");
  for (const auto& p : places) {
    std::vector<Block> place_parts{text_block(c.kit, p.place.name, TextStyle{8.5, true, kInk}, table.content_width(1))};
    if (!p.tags.empty()) place_parts.push_back(tag_badges(c, p, table.content_width(1)));
    if (with_explanation && !p.explanation.empty()) {
      place_parts.push_back(text_block(c.kit, p.explanation, TextStyle{7.5, false, kMuted}, table.content_width(1)));
    }
    TextStyle rank_style = table.cell_style(0);
    rank_style.bold = true;
    rank_style.size = 9;
    std::vector<Block> cells{text_block(c.kit, fmt::format("{}{}", prefix, p.rank), rank_style, table.content_width(0)),
                             stacked(std::move(place_parts), 2.5)};
    std::size_t column = 2;
    for (const auto& s : streams) cells.push_back(table.text_cell(column++, std::to_string(window_count(p, s))));
    cells.push_back(table.text_cell(column++, std::to_string(p.counts_7d)));
    cells.push_back(table.text_cell(column++, format_rate(p.usual_per_day)));
    cells.push_back(table.text_cell(column, fmt::format("{:.1f}", p.z)));
    table.add_row(std::move(cells));
  }
  return table.build();
}

/// Actions on `place`: open ones and those agreed at this huddle, in tracker order.
std::vector<Action> place_actions(const Packet& packet, const RankedPlace& place) {
  std::vector<Action> out;
  std::set<std::int64_t> seen;
  for (const auto& a : packet.actions) {
    if (a.place_id == place.place.id && (is_open(a.status) || a.huddle_id == packet.brief.huddle.id)) {
      out.push_back(a);
      seen.insert(a.id);
    }
  }
  for (const auto& a : place.open_actions) {
    if (seen.insert(a.id).second) out.push_back(a);
  }
  return in_tracker_order(std::move(out), packet.brief.huddle.date);
}

/// The card's title: the rank in a dark square and the place's name beside it.
Block card_title(const PacketContext& c, const RankedPlace& p, double width) {
  constexpr double kSquare = 20;
  TextStyle rank_style{10.5, true, {1, 1, 1}};
  rank_style.centre = true;
  auto rank = c.kit.box(std::to_string(p.rank), rank_style, kSquare);
  Block name = text_block(c.kit, p.place.name, TextStyle{12, true, kInk}, width - kSquare - 8);
  const double height = std::max(kSquare, name.height);
  return {height, 0, [rank, name = std::move(name)](cairo_t* cr, double x, double y) {
            cairo_save(cr);
            set_colour(cr, kAccent);
            cairo_rectangle(cr, x, y, kSquare, kSquare);
            cairo_fill(cr);
            cairo_restore(cr);
            rank->draw(cr, x, y + (kSquare - rank->height()) / 2);
            name.draw(cr, x + kSquare + 8, y + 1);
          }};
}

/// "311 6 · EMS 3 since the last huddle · 21 in 7 days · usual 1.4 a day · z 3.2 (EMS) · active 24 of 28 days".
std::string figures_text(const PacketContext& c, const RankedPlace& p) {
  std::string counts;
  for (const auto& s : packet_streams(c.packet)) {
    counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", stream_label(s), window_count(p, s));
  }
  return fmt::format(
      "Since the last huddle: {} · last 7 days: {} · usual {} a day · z {:.1f}{} · active {} of the "
      "last 28 days",
      counts, p.counts_7d, format_rate(p.usual_per_day), p.z,
      p.z_stream.empty() || p.z_stream == "all" ? "" : fmt::format(" ({})", stream_label(p.z_stream)), p.active_days);
}

/// The place's event types since the last huddle: label and count, largest first.
Block event_types(const PacketContext& c, const RankedPlace& p, double width) {
  std::vector<std::pair<std::string, long>> types(p.window_categories.begin(), p.window_categories.end());
  std::stable_sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<Block> lines{text_block(c.kit, "Event types since the last huddle", TextStyle{7.5, true, kMuted}, width)};
  if (types.empty() || types.front().second <= 0)
    lines.push_back(text_block(c.kit, "none", TextStyle{8, false, kMuted}, width));
  constexpr double kCount = 28;
  for (const auto& [category, n] : types) {
    if (n <= 0) continue;
    TextStyle count{8, true, kInk};
    count.right = true;
    lines.push_back(side_by_side(
        {{0, text_block(c.kit, c.packet.category_label(category), TextStyle{8, false, kInk}, width - kCount - 4)},
         {width - kCount, text_block(c.kit, std::to_string(n), count, kCount)}}));
  }
  return stacked(std::move(lines), 2);
}

/// The blocks of one card (kept on one page when it fits one).
std::vector<Block> place_card(const PacketContext& c, const RankedPlace& p) {
  constexpr double kIndent = 10;
  constexpr double kChartHeight = 84;
  const double inner = c.width - kIndent;
  std::vector<Block> parts;
  parts.push_back(card_title(c, p, inner));
  if (!p.tags.empty()) parts.push_back(tag_badges(c, p, inner));
  parts.push_back(text_block(c.kit, figures_text(c, p), TextStyle{7.5, false, kMuted}, inner));
  if (!p.explanation.empty()) parts.push_back(text_block(c.kit, p.explanation, TextStyle{8.5, false, kInk}, inner));

  const double chart_width = std::round(inner * 0.6);
  Block chart{kChartHeight, 0, [daily = p.daily, chart_width](cairo_t* cr, double x, double y) {
                draw_daily_bars(cr, ChartBox{x, y, chart_width, kChartHeight, 7}, daily);
              }};
  parts.push_back(
      side_by_side({{0, std::move(chart)}, {chart_width + 16, event_types(c, p, inner - chart_width - 16)}}));

  const Packet& packet = c.packet;
  const auto actions = place_actions(packet, p);
  const auto decision = std::find_if(packet.brief.no_actions.begin(), packet.brief.no_actions.end(),
                                     [&](const NoAction& n) { return n.place_id == p.place.id; });
  if (decision != packet.brief.no_actions.end()) {
    parts.push_back(
        text_block(c.kit, fmt::format("No action agreed: {}", decision->reason), TextStyle{8.5, true, kInk}, inner));
  }
  if (!actions.empty()) {
    TableBuilder table(c.kit, inner, {{"Action", 0}, {"Department", 76}, {"Owner", 80}, {"Due", 64}, {"Status", 62}},
                       p.place.name);
    for (const auto& a : actions) {
      const Department* d = packet.department(a.department_id);
      TextStyle due = table.cell_style(3);
      if (group_of(a, packet.brief.huddle.date) == ActionGroup::overdue) {
        due.colour = kAlert;
        due.bold = true;
      }
      table.add_row({table.text_cell(0, a.title), table.text_cell(1, d ? d->short_name : ""),
                     table.text_cell(2, a.owner.empty() ? "—" : a.owner),
                     text_block(c.kit, a.due ? format_short_date(*a.due) : "—", due, table.content_width(3)),
                     table.text_cell(4, status_text(a.status))});
    }
    TableBlocks blocks = table.build();
    parts.push_back(std::move(blocks.header));
    for (auto& row : blocks.rows) parts.push_back(std::move(row));
  } else if (decision == packet.brief.no_actions.end()) {
    parts.push_back(text_block(c.kit, "No action agreed yet.", TextStyle{8, false, kMuted}, inner));
  }

  std::vector<Block> card;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    parts[i].space_before = 0;
    // The gap to the next part belongs to this one, so that the card's edge runs on without breaks.
    Block part = i + 1 < parts.size() ? stacked({std::move(parts[i]), spacer(5)}) : std::move(parts[i]);
    card.push_back(indented(std::move(part), kIndent, true));
  }
  card.front().space_before = 16;
  return card;
}

}  // namespace

void add_top_places_section(const PacketContext& c, PageFlow& flow) {
  const auto& top = c.packet.brief.ranking.lists.top;
  flow.heading(section_heading(c, "Top places"));
  if (top.empty()) {
    flow.add(note(c, "No place has enough reports to be listed."));
    return;
  }
  flow.heading(note(c, fmt::format("Ranked by weighted reports of the last 28 days, recent ones counting more (see "
                                   "Method). Since last huddle: reports since {}. z: change against the usual level, 3 "
                                   "or more is well above it.",
                                   format_local(c.packet.brief.huddle.window_start_utc, c.packet.schedule))));
  flow.table(places_table(c, top, "", false, "Top places"));
}

void add_map_section(const PacketContext& c, PageFlow& flow) {
  const Packet& p = c.packet;
  const auto& lists = p.brief.ranking.lists;
  if (lists.top.empty() && lists.watch.empty()) return;
  flow.heading(section_heading(c, "Map"));
  flow.heading(note(c, fmt::format("Numbers: top places 1–{}. W: watch list. Shaded squares: {} m cells, darker for "
                                   "a higher score.",
                                   lists.top.size(), fmt::format("{:g}", p.params.grid_metres))));
  auto content = std::make_shared<MapContent>();
  content->places = lists;
  content->center_lat = p.center_lat;
  content->center_lon = p.center_lon;
  content->grid_metres = p.params.grid_metres;
  content->boundaries = p.boundaries ? &*p.boundaries : nullptr;
  const double height = std::min(std::round(c.width * 0.66), c.body_height - 60);
  flow.add({height, 4, [content, width = c.width, height](cairo_t* cr, double x, double y) {
              const ChartBox box{x, y, width, height, 7.5};
              draw_place_map(cr, box, *content, fit_view(*content, box));
              cairo_save(cr);
              cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
              cairo_set_line_width(cr, 0.5);
              cairo_rectangle(cr, x + 0.25, y + 0.25, width - 0.5, height - 0.5);
              cairo_stroke(cr);
              cairo_restore(cr);
            }});
}

void add_watch_section(const PacketContext& c, PageFlow& flow) {
  const auto& watch = c.packet.brief.ranking.lists.watch;
  flow.heading(section_heading(c, "Watch list"));
  if (watch.empty()) {
    flow.add(note(c, "No new or surging place outside the top list."));
    return;
  }
  flow.heading(note(c, "New or surging places that are not in the top list."));
  flow.table(places_table(c, watch, "W", true, "Watch list"));
}

void add_place_cards(const PacketContext& c, PageFlow& flow) {
  const auto& top = c.packet.brief.ranking.lists.top;
  if (top.empty()) return;
  flow.heading(section_heading(c, "Top places, one by one"));
  for (const auto& p : top) flow.keep_together(place_card(c, p));
}

}  // namespace huddle::core
