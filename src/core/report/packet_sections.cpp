#include "core/report/packet_sections.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>

#include <fmt/format.h>

#include "core/draw/sparkline.h"
#include "core/model/event.h"
#include "core/report/packet_table.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// "18 min before the cutoff"; `stale` when more than a day before it (the feed may have stopped).
std::string freshness(UtcTime newest, UtcTime cutoff, bool& stale) {
  const auto before = std::chrono::duration_cast<std::chrono::minutes>(cutoff - newest).count();
  stale = before > 24 * 60;
  if (before < 0) return "after the cutoff";
  if (before < 90) return fmt::format("{} min before the cutoff", before);
  if (before < 48 * 60) return fmt::format("{} hours before the cutoff", before / 60);
  return fmt::format("{} days before the cutoff — check the feed", before / (24 * 60));
}

std::vector<Fact> freshness_facts(const PacketContext& c) {
  const Packet& p = c.packet;
  const RankingQuality& q = p.brief.ranking.quality;
  std::vector<Fact> out;
  for (const auto& [stream, t] : q.latest_event) {
    bool stale = false;
    const std::string when = freshness(t, p.brief.huddle.cutoff_utc, stale);
    out.push_back({fmt::format("Newest {} report", stream_label(stream)),
                   fmt::format("{} ({})", format_local(t, p.schedule), when), stale});
  }
  for (const auto& stream : q.silent_streams) {
    out.push_back(
        {fmt::format("{} reports", stream_label(stream)), "none since the last huddle — check the feed", true});
  }
  return out;
}

std::string_view state_text(HuddleState state) {
  switch (state) {
    case HuddleState::draft:
      return "Draft: prepared before the huddle";
    case HuddleState::live:
      return "Live: the huddle is running";
    case HuddleState::closed:
      return "Closed: the record of the huddle";
  }
  return "";
}

std::string number(double value) { return fmt::format("{:g}", value); }

}  // namespace

std::vector<std::string> packet_streams(const Packet& packet) {
  std::vector<std::string> out{std::string(kStream311), std::string(kStreamEms)};
  const auto add = [&](const std::string& stream) {
    if (std::find(out.begin(), out.end(), stream) == out.end()) out.push_back(stream);
  };
  for (const auto& line : packet.citywide.lines) add(line.stream);
  std::set<std::string> others;
  for (const auto* list : {&packet.brief.ranking.lists.top, &packet.brief.ranking.lists.watch}) {
    for (const auto& place : *list) {
      for (const auto& [stream, n] : place.window_counts) others.insert(stream);
    }
  }
  for (const auto& s : others) add(s);
  return out;
}

long window_count(const RankedPlace& place, const std::string& stream) {
  const auto it = place.window_counts.find(stream);
  return it == place.window_counts.end() ? 0 : it->second;
}

std::string age_text(int days) {
  if (days <= 0) return "today";
  return days == 1 ? "1 day" : fmt::format("{} days", days);
}

std::string status_text(ActionStatus status) {
  std::string out(to_string(status));
  std::replace(out.begin(), out.end(), '_', ' ');
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

Block section_heading(const PacketContext& c, std::string_view title) {
  Block text = text_block(c.kit, title, TextStyle{12.5, true, kAccent}, c.width);
  const double height = text.height + 4;
  return {height, 16, [text = std::move(text), width = c.width](cairo_t* cr, double x, double y) {
            text.draw(cr, x, y);
            cairo_save(cr);
            set_colour(cr, kAccent);
            cairo_set_line_width(cr, 0.9);
            cairo_move_to(cr, x, y + text.height + 2);
            cairo_line_to(cr, x + width, y + text.height + 2);
            cairo_stroke(cr);
            cairo_restore(cr);
          }};
}

Block sub_heading(const PacketContext& c, std::string_view title, Rgb colour) {
  return text_block(c.kit, title, TextStyle{9.5, true, colour}, c.width, 9);
}

Block note(const PacketContext& c, std::string_view text, double space_before) {
  return text_block(c.kit, text, TextStyle{7.5, false, kMuted}, c.width, space_before);
}

Block tag_badges(const PacketContext& c, const RankedPlace& place, double width) {
  std::vector<Badge> badges;
  for (const auto tag : place.tags) {
    Badge b{std::string(to_string(tag))};
    // Rgb only for what changed (Surging, New); an outline for an open action; the rest quiet grey.
    if (tag == PlaceTag::surging) b = {b.text, kAlert, kWhite, kAlert};
    if (tag == PlaceTag::new_place) b = {b.text, kAccent, kWhite, kAccent};
    if (tag == PlaceTag::action_open) b = {b.text, kWhite, kInk, kInk};
    if (tag == PlaceTag::few_reports) b = {b.text, kWhite, kMuted, {0.75, 0.75, 0.75}};
    badges.push_back(std::move(b));
  }
  return badge_row(c.kit, badges, width);
}

Block facts(const PacketContext& c, const std::vector<Fact>& rows, double label_width) {
  std::vector<Block> lines;
  for (const auto& f : rows) {
    TextStyle value{8.5, f.alert, f.alert ? kAlert : kInk};
    lines.push_back(side_by_side({{0, text_block(c.kit, f.label, TextStyle{8.5, true, kMuted}, label_width - 6)},
                                  {label_width, text_block(c.kit, f.value, value, c.width - label_width)}}));
  }
  return stacked(std::move(lines), 2.5);
}

void add_header_section(const PacketContext& c, PageFlow& flow) {
  const Packet& p = c.packet;
  const Huddle& h = p.brief.huddle;
  std::vector<Block> title;
  title.push_back(
      text_block(c.kit, fmt::format("{} CRT huddle packet", p.city), TextStyle{18, true, kAccent}, c.width));
  title.push_back(text_block(c.kit, format_long_date(h.date), TextStyle{12, false, kInk}, c.width));

  std::vector<Fact> rows{
      {"Since the last huddle", fmt::format("{} to the cutoff {} ({})", format_local(h.window_start_utc, p.schedule),
                                            format_local(h.cutoff_utc, p.schedule), p.schedule.zone_name())}};
  for (auto& f : freshness_facts(c)) rows.push_back(std::move(f));
  std::string present;
  for (const auto id : h.attendance) {
    if (const Department* d = p.department(id)) present += (present.empty() ? "" : ", ") + d->short_name;
  }
  rows.push_back({"Huddle", std::string(state_text(h.state))});
  rows.push_back({"Present", present.empty() ? "not recorded yet" : present});
  rows.push_back({"Packet made", format_local(p.generated_utc, p.schedule)});
  Block top = stacked(std::move(title), 2);
  flow.add(stacked({std::move(top), spacer(4), facts(c, rows)}));
}

void add_citywide_section(const PacketContext& c, PageFlow& flow) {
  const Packet& p = c.packet;
  flow.heading(section_heading(c, "Since the last huddle, citywide"));
  if (p.citywide.lines.empty()) {
    flow.add(note(c, "No citywide figures for this window."));
    return;
  }
  flow.heading(note(c,
                    "Reports since the last huddle, repeats counted once. Usual: the middle half of the same window "
                    "on each of the 28 days before. The line shows reports a day over 4 weeks, the band the usual "
                    "range, the dot the last day."));
  const HuddleWindow& w = p.citywide.window;
  const double days = std::max(1.0 / 24, std::chrono::duration<double>(w.cutoff - w.start).count() / 86400.0);

  TableBuilder table(
      c.kit, c.width,
      {{"Stream / category", 0}, {"Count", 46, true}, {"Usual", 54, true}, {"", 78}, {"Last 28 days", 130}},
      "Since the last huddle, citywide");
  for (const auto& line : p.citywide.lines) {
    const bool total = line.category.empty();
    TextStyle label_style = table.cell_style(0);
    label_style.bold = total;
    const std::string label = total ? fmt::format("{}, all reports", stream_label(line.stream))
                                    : std::string(p.category_label(line.category));
    Block label_cell = total ? text_block(c.kit, label, label_style, table.content_width(0))
                             : indented(text_block(c.kit, label, label_style, table.content_width(0) - 10), 10, false);
    TextStyle count_style = table.cell_style(1);
    count_style.bold = total;
    std::string versus;
    TextStyle versus_style = table.cell_style(3);
    versus_style.size = 7.5;
    versus_style.colour = kMuted;
    if (line.count > line.usual_high) {
      versus = "above usual";
      versus_style.colour = kAlert;
      versus_style.bold = true;
    } else if (line.count < line.usual_low) {
      versus = "below usual";
    } else {
      versus = "usual";
    }
    const double spark_width = table.content_width(4);
    Block spark{13, 0,
                [daily = line.daily, low = static_cast<double>(line.usual_low) / days,
                 high = static_cast<double>(line.usual_high) / days, spark_width](cairo_t* cr, double x, double y) {
                  draw_sparkline(cr, ChartBox{x, y + 1, spark_width, 11, 7}, daily, low, high);
                }};
    table.add_row(
        {std::move(label_cell), text_block(c.kit, std::to_string(line.count), count_style, table.content_width(1)),
         table.text_cell(2, fmt::format("{}–{}", line.usual_low, line.usual_high)),
         text_block(c.kit, versus, versus_style, table.content_width(3)), std::move(spark)},
        total ? RowStyle::strong : RowStyle::plain);
  }
  flow.table(table.build());
}

void add_method_section(const PacketContext& c, PageFlow& flow) {
  const Packet& p = c.packet;
  const RankingParams& r = p.params;
  flow.page_break();  // reference matter, read apart from the meeting's pages
  flow.heading(section_heading(c, "Method, weights and data quality"));
  std::string method = fmt::format(
      "Every located report of the last 28 days is scored on a {} m grid: its category's weight (below), halved "
      "for every {} days of its age",
      number(r.grid_metres), number(r.half_life_days));
  if (r.smoothing > 0)
    method += fmt::format(", plus {} times the score of the 8 neighbouring cells", number(r.smoothing));
  method += fmt::format(
      ". Adjacent listed cells are merged into one place, named after its most frequent address. The top {} places "
      "by score are listed when they have at least {} weighted reports in the last 7 days or {} since the last "
      "huddle",
      r.top_k, number(r.min_weighted_7d), r.min_window_count);
  if (r.fill_top_list) method += "; with fewer such places the list is filled by score and marked Few reports";
  method +=
      ". The usual level is the daily mean of the 28 days that end 2 days before the cutoff. The change score "
      "z\u00a0=\u00a02(√C\u00a0−\u00a0√E) compares the reports since the last huddle (C) with the number expected (E): "
      "0 is usual, "
      "3 or more is well above it. A repeat report of the same thing (same category within 50 m and 6 hours) "
      "counts once. Counts, never percentages.";
  flow.add(text_block(c.kit, method, TextStyle{8.5, false, kInk}, c.width, 4));

  flow.heading(sub_heading(c, "Tags"));
  flow.add(facts(
      c,
      {{"New", fmt::format("nothing in the 28 days before and at least {} since the last huddle", r.new_min_count)},
       {"Surging", fmt::format("z of at least {} on at least {} reports of one stream since the last huddle",
                               number(r.surging_z), r.surging_min_count)},
       {"Persistent", fmt::format("reports on at least {} of the last 28 days", r.persistent_days)},
       {"Cooling", fmt::format("the last 7 days at most {} times the daily rate of the 21 days before "
                               "(which held at least {} reports)",
                               number(r.cooling_ratio), r.cooling_min_before)},
       {"Repeat", fmt::format("reports on at least {} of the last 3 days", r.repeat_days)},
       {"Few reports", "below the listing rule, listed to fill the top list"},
       {"Action open", "an action on the place is still open"},
       {"Watch list", fmt::format("up to {} New or Surging places that are not in the top list", r.watch_k)}},
      90));

  flow.heading(sub_heading(c, "Category weights"));
  std::vector<Category> categories = p.categories;
  std::stable_sort(categories.begin(), categories.end(),
                   [](const Category& a, const Category& b) { return a.weight > b.weight; });
  TableBuilder weights(c.kit, std::min(c.width, 320.0), {{"Category", 0}, {"Weight", 56, true}, {"Ranked", 96}},
                       "Category weights");
  for (const auto& cat : categories) {
    weights.add_row({weights.text_cell(0, cat.label), weights.text_cell(1, number(cat.weight)),
                     weights.text_cell(2, cat.weight > 0 ? "yes" : "no, counted only")});
  }
  flow.table(weights.build());

  flow.heading(sub_heading(c, "Data quality"));
  const RankingQuality& q = p.brief.ranking.quality;
  std::vector<Fact> rows{
      {"Without a location", fmt::format("{} {} since the last huddle: in the citywide counts, not on the map or in "
                                         "the ranking",
                                         q.unlocated, q.unlocated == 1 ? "report" : "reports")},
      {"Repeat reports", fmt::format("{} linked to an earlier report of the same thing: counted once", q.linked)}};
  for (auto& f : freshness_facts(c)) rows.push_back(std::move(f));
  flow.add(facts(c, rows));
}

}  // namespace huddle::core
