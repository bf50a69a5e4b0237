#pragma once
/// \file
/// The slide of presenter mode: what the room sees of the item being run — the place, its explanation, its counts
/// since the last huddle and the actions on it; or the overdue and due-today actions; or the item's own lines.
/// Plain text and figures: the UI lays them out and draws them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/jobs/huddle_job.h"
#include "core/model/action.h"
#include "core/model/department.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// One action as a slide lists it.
struct SlideAction {
  std::int64_t id = 0;  ///< The stored action (what "mark done" changes).
  std::string title;    ///< What is to be done.
  std::string who;      ///< Department (short name) and owner: "PWD, Crew 4".
  std::string due;      ///< "due Fri 27 Nov", "due today", "3 days overdue", or empty.
  std::string place;    ///< The place's name (the actions item lists actions of many places).
  bool overdue = false; ///< Still open past its due date.
  bool done = false;    ///< Done (ticked during the huddle).

  /// True when both read the same.
  bool operator==(const SlideAction&) const = default;
};

/// One stream's count since the last huddle.
struct SlideCount {
  std::string stream;  ///< "311", "EMS".
  long count = 0;      ///< Reports since the last huddle's cutoff.

  /// True when both read the same.
  bool operator==(const SlideCount&) const = default;
};

/// What presenter mode shows for one item of the run-of-show.
struct Slide {
  AgendaKind kind = AgendaKind::other;  ///< What the item is about.
  std::string position;                 ///< "Item 3 of 12".
  std::string kicker;                   ///< Above the title: "Top place 2", "Watch list W1", or empty.
  std::string title;                    ///< The place's name, else the item's title.
  std::string presenter;                ///< "Presented by Boston EMS", or empty.
  std::vector<std::string> tags;        ///< The place's tags: "New", "Surging", ...
  std::string explanation;              ///< The place's sentence, or empty.
  std::string counts_since;             ///< "since yesterday 6 AM": what the counts cover.
  std::vector<SlideCount> counts;       ///< A place's reports since the last huddle, by stream (311 first).
  std::string place_id;                 ///< The place to show on the map, or empty.
  std::string list_heading;             ///< "Actions on this place", "Overdue and due today", or empty.
  std::vector<SlideAction> actions;     ///< The actions to go through (a place's; the overdue and due-today ones).
  std::string empty_list;               ///< What the list says when it is empty.
  std::string decision;                 ///< "No action: <reason>" when that was agreed on the place.
  std::vector<std::string> lines;       ///< The other items' lines: watch-list places, data freshness...
  std::string next;                     ///< "Next: <title>", or "Last item".
  std::string notes;                    ///< The item's notes (the facilitator's console shows them).

  /// True when both read the same.
  bool operator==(const Slide&) const = default;
};

/// The slide of item `item` of `brief`'s run-of-show. `agreed` are the actions agreed at the huddle so far; of two
/// copies of an action (in `agreed` and brief.carried) the higher version is shown, so one marked done during the
/// huddle shows ticked. Dropped actions are left out. Dates are read against the huddle's date in `schedule`'s
/// zone. Throws huddle::Error when `item` is past the run-of-show.
Slide make_slide(const HuddleBrief& brief, const std::vector<Action>& agreed,
                 const std::vector<Department>& departments, std::size_t item, const HuddleSchedule& schedule);

}  // namespace huddle::core
