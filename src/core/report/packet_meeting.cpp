// The packet's meeting sections: open actions grouped overdue / due today / open, and the run-of-show.

#include <array>
#include <set>

#include <fmt/format.h>

#include "core/huddle/action_groups.h"
#include "core/huddle/run_of_show.h"
#include "core/report/packet_sections.h"
#include "core/report/packet_table.h"
#include "core/time/duration_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// Every action still open: the stored ones (as they stand now) and any carried over that they do not hold.
std::vector<Action> open_actions(const Packet& packet) {
  std::vector<Action> out;
  std::set<std::int64_t> seen;
  for (const auto& a : packet.actions) {
    if (is_open(a.status) && seen.insert(a.id).second) out.push_back(a);
  }
  for (const auto& a : packet.brief.carried) {
    if (is_open(a.status) && seen.insert(a.id).second) out.push_back(a);
  }
  return in_tracker_order(std::move(out), packet.brief.huddle.date);
}

/// The action's title, then where (and a status other than open) in small type.
Block action_cell(const PacketContext& c, const Action& a, double width) {
  std::vector<Block> parts{text_block(c.kit, a.title, TextStyle{8.5, false, kInk}, width)};
  if (!a.place_name.empty()) parts.push_back(text_block(c.kit, a.place_name, TextStyle{7.5, false, kMuted}, width));
  if (a.status != ActionStatus::open) parts.push_back(badge_row(c.kit, {Badge{status_text(a.status)}}, width));
  return stacked(std::move(parts), 1.5);
}

TableBlocks actions_table(const PacketContext& c, const std::vector<const Action*>& actions, ActionGroup group,
                          std::string title) {
  const Packet& p = c.packet;
  TableBuilder table(c.kit, c.width,
                     {{"Action and place", 0}, {"Department", 116}, {"Owner", 84}, {"Due", 64}, {"Age", 44, true}},
                     std::move(title));
  for (const Action* a : actions) {
    const Department* d = p.department(a->department_id);
    TextStyle due = table.cell_style(3);
    if (group == ActionGroup::overdue) {
      due.colour = kAlert;
      due.bold = true;
    }
    table.add_row({action_cell(c, *a, table.content_width(0)), table.text_cell(1, d ? d->name : "—"),
                   table.text_cell(2, a->owner.empty() ? "—" : a->owner),
                   text_block(c.kit, a->due ? format_short_date(*a->due) : "—", due, table.content_width(3)),
                   table.text_cell(4, age_text(age_in_days(*a, p.schedule, p.brief.huddle.date)))});
  }
  return table.build();
}

}  // namespace

void add_actions_section(const PacketContext& c, PageFlow& flow) {
  const Date today = c.packet.brief.huddle.date;
  const auto actions = open_actions(c.packet);
  flow.heading(section_heading(c, "Actions"));
  if (actions.empty()) {
    flow.add(note(c, "No open actions."));
    return;
  }
  static constexpr std::array<std::pair<ActionGroup, const char*>, 3> kGroups{
      {{ActionGroup::overdue, "Overdue"}, {ActionGroup::due_today, "Due today"}, {ActionGroup::open, "Open"}}};
  std::array<std::vector<const Action*>, 3> grouped;
  for (const auto& a : actions) {
    for (std::size_t i = 0; i < kGroups.size(); ++i) {
      if (group_of(a, today) == kGroups[i].first) grouped[i].push_back(&a);
    }
  }
  flow.heading(note(c, fmt::format("{} open: {} overdue, {} due today, {} open. Age: days since the action was "
                                   "agreed.",
                                   actions.size(), grouped[0].size(), grouped[1].size(), grouped[2].size())));
  for (std::size_t i = 0; i < kGroups.size(); ++i) {
    if (grouped[i].empty()) continue;
    const std::string title = fmt::format("{} ({})", kGroups[i].second, grouped[i].size());
    flow.heading(sub_heading(c, title, kGroups[i].first == ActionGroup::overdue ? kAlert : kInk));
    flow.table(actions_table(c, grouped[i], kGroups[i].first, "Actions: " + title));
  }
}

void add_run_of_show_section(const PacketContext& c, PageFlow& flow) {
  const Packet& p = c.packet;
  const auto& agenda = p.brief.agenda;
  flow.heading(section_heading(c, "Run-of-show"));
  if (agenda.empty()) {
    flow.add(note(c, "No run-of-show drafted."));
    return;
  }
  int actual_total = 0;
  bool run = false;
  for (const auto& item : agenda) {
    if (item.actual_seconds) {
      run = true;
      actual_total += *item.actual_seconds;
    }
  }
  const int planned = planned_seconds(agenda);
  flow.heading(note(c, run ? fmt::format("Planned {} in all; it took {}. Times are minutes:seconds.",
                                         format_mm_ss(planned), format_mm_ss(actual_total))
                           : fmt::format("Planned {} in all. Times are minutes:seconds.", format_mm_ss(planned))));
  TableBuilder table(c.kit, c.width,
                     {{"#", 24}, {"Item", 0}, {"Presenter", 128}, {"Time box", 50, true}, {"Actual", 50, true}},
                     "Run-of-show");
  for (const auto& item : agenda) {
    const Department* presenter = item.presenter_department ? p.department(*item.presenter_department) : nullptr;
    std::vector<Block> what{text_block(c.kit, item.title, TextStyle{8.5, false, kInk}, table.content_width(1))};
    if (!item.notes.empty()) {
      what.push_back(text_block(c.kit, item.notes, TextStyle{7.5, false, kMuted}, table.content_width(1)));
    }
    TextStyle actual = table.cell_style(4);
    if (item.actual_seconds && *item.actual_seconds > item.planned_seconds) {
      actual.colour = kAlert;
      actual.bold = true;
    }
    table.add_row({table.text_cell(0, std::to_string(item.position + 1)), stacked(std::move(what), 1.5),
                   table.text_cell(2, presenter ? presenter->name : ""),
                   table.text_cell(3, format_mm_ss(item.planned_seconds)),
                   text_block(c.kit, item.actual_seconds ? format_mm_ss(*item.actual_seconds) : "", actual,
                              table.content_width(4))});
  }
  TextStyle bold = table.cell_style(1);
  bold.bold = true;
  TextStyle bold_right = table.cell_style(3);
  bold_right.bold = true;
  table.add_row({spacer(0), text_block(c.kit, "Total", bold, table.content_width(1)), spacer(0),
                 text_block(c.kit, format_mm_ss(planned), bold_right, table.content_width(3)),
                 text_block(c.kit, run ? format_mm_ss(actual_total) : "", bold_right, table.content_width(4))},
                RowStyle::strong);
  flow.table(table.build());
}

}  // namespace huddle::core
