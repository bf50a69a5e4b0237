#pragma once
/// \file
/// The agenda's template data: everything the HTML, Markdown and plain-text agendas show, as plain text values
/// (not yet escaped) in a JSON tree that agenda_render hands to the Mustache templates. Keys:
/// resources/templates/README.md.

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/jobs/huddle_job.h"
#include "core/model/department.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// What the agenda needs besides the brief.
struct AgendaContext {
  std::string city;                     ///< The city's name (settings).
  const HuddleSchedule& schedule;       ///< For local times and the age of actions.
  std::vector<Department> departments;  ///< Every department: presenters and action owners by id.
  std::vector<Action> actions;          ///< Every stored action: those agreed at the huddle are its decisions.
};

/// The template data of `brief`'s agenda: header (city, date, window, state, who is present, notes), run-of-show with
/// time boxes and actual times, top places and watch list (tags, counts since the last huddle by stream,
/// explanation, decision), actions agreed at the huddle, carried-over actions grouped overdue / due today / open,
/// the data-quality line and the privacy note. Values are text, numbers and flags; the caller owns the result.
nlohmann::json agenda_view(const HuddleBrief& brief, const AgendaContext& context);

}  // namespace huddle::core
