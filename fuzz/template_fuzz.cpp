// Fuzz target: the agenda's Mustache rendering on a realistic data set (the demo city's huddle, with an action
// agreed and a "no action" recorded). The first byte / 2 chooses the format (HTML, Markdown, text) and its low bit
// what the other bytes are:
// 0: a template (a user's edited copy); it renders or is refused with a ConfigError naming the template's file;
// 1: a value (text from an extract or typed by a person) written into every text of the data set and rendered
//    through the shipped template. A value must never add markup or lines: the HTML has as many '<' and every format
//    as many lines as with a plain value, and the output is valid UTF-8.

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/demo/demo_job.h"
#include "core/error.h"
#include "core/ingest/csv_reader.h"
#include "core/jobs/decision_job.h"
#include "core/jobs/huddle_job.h"
#include "core/report/agenda_render.h"
#include "core/report/agenda_view.h"
#include "fuzz_support.h"

namespace {

using namespace huddle;

constexpr core::AgendaFormat kFormats[] = {core::AgendaFormat::html, core::AgendaFormat::markdown,
                                           core::AgendaFormat::text};

/// The agenda data of the demo city's Thursday 26 November 2026 huddle (made in a scratch folder, in memory).
nlohmann::json demo_agenda_view(const std::filesystem::path& folder) {
  core::Workspace ws = core::Workspace::open({":memory:", folder / "config", fuzz::resources()});
  const core::FakeClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{13});
  core::NullProgress progress;
  // 35 days: the ranking reads 30 (its window and baseline); more would only slow the start.
  core::run_demo_job(ws, core::demo::DemoOptions{35, 42}, clock, progress, folder / "extracts");
  std::filesystem::remove_all(folder / "extracts");  // imported: only the scratch file stays, even after a crash
  const core::HuddleSchedule schedule = ws.settings.schedule();
  core::HuddleBrief brief =
      core::open_huddle(*ws.store, ws.settings, ws.categories, schedule, core::Date{std::chrono::year{2026} / 11 / 26});
  const auto& top = brief.ranking.lists.top;
  if (!top.empty()) {
    core::Action action;
    action.title = "Sharps sweep";
    action.department_id = ws.store->departments().list().front().id;
    action.owner = "Day crew";
    action.place_id = top.front().place.id;
    action.place_name = top.front().place.name;
    action.created_utc = action.updated_utc = clock.now();
    action.due = core::Date{std::chrono::year{2026} / 11 / 27};
    core::agree_action(*ws.store, brief.huddle, action, "chair");
  }
  if (top.size() > 1)
    core::agree_no_action(*ws.store, brief.huddle, {top[1].place.id, "Cleared yesterday", clock.now(), "chair"});
  brief = core::read_brief(*ws.store, brief.huddle);
  const core::AgendaContext context{ws.settings.city_name, schedule, ws.store->departments().list(),
                                    ws.store->actions().list()};
  return core::agenda_view(brief, context);
}

/// `view` with every text value replaced by `value`.
nlohmann::json with_every_text(nlohmann::json view, const std::string& value) {
  if (view.is_string()) return value;
  if (!view.is_structured()) return view;
  for (auto& item : view) item = with_every_text(std::move(item), value);
  return view;
}

/// The counts a value must not change in a rendered agenda.
struct Shape {
  long tags = 0;   ///< '<' characters.
  long lines = 0;  ///< '\n' characters.
};

Shape shape_of(const std::string& text) {
  return {static_cast<long>(std::count(text.begin(), text.end(), '<')),
          static_cast<long>(std::count(text.begin(), text.end(), '\n'))};
}

/// The demo agenda data, and the shape of each shipped template's output with a plain value in every text.
struct Agenda {
  fuzz::ScratchFile scratch{"agenda.mustache"};
  nlohmann::json view = demo_agenda_view(scratch.folder());
  std::vector<Shape> plain;

  Agenda() {
    for (const auto format : kFormats) plain.push_back(shape_of(render_shipped(format, with_every_text(view, "x"))));
  }

  static std::string render_shipped(core::AgendaFormat format, const nlohmann::json& data) {
    return core::render_agenda(fuzz::resources() / "templates" / core::agenda_template_name(format), format, data);
  }
};

/// Made once, before the first input: the demo city takes seconds, which -timeout must not count.
const Agenda& the_agenda() {
  static const Agenda agenda;
  return agenda;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  the_agenda();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Agenda& agenda = the_agenda();
  if (size < 2) return 0;
  std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t f = (data[0] / 2) % std::size(kFormats);
  if ((data[0] & 1) == 0) {
    const std::filesystem::path& file = agenda.scratch.write(rest);
    try {
      core::render_agenda(file, kFormats[f], agenda.view);
    } catch (const ConfigError& e) {
      fuzz::expect(e.file() == file, "a template error naming another file");
    }
    return 0;
  }
  core::repair_utf8(rest);  // as every text from an extract is repaired when read
  const std::string out = Agenda::render_shipped(kFormats[f], with_every_text(agenda.view, rest));
  const Shape shape = shape_of(out);
  fuzz::expect(shape.lines == agenda.plain[f].lines, "a value changed the agenda's lines");
  fuzz::expect(kFormats[f] != core::AgendaFormat::html || shape.tags == agenda.plain[f].tags,
               "a value added markup to the HTML agenda");
  fuzz::expect(fuzz::valid_utf8(out), "the agenda is not valid UTF-8");
  return 0;
}
