#include "core/demo/demo_job.h"

#include <fmt/format.h>

#include "core/demo/demo_extracts.h"
#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/jobs/rank_job.h"
#include "core/report/ranking_json.h"
#include "core/time/iso.h"

namespace huddle::core {
namespace {

/// The demo records its extracts under names starting with this; only such extracts may be replaced.
constexpr std::string_view kDemoExtractPrefix = "demo city ";

void check_cancel(ProgressSink& progress) {
  if (progress.cancelled()) throw Cancelled();
}

}  // namespace

DemoReport run_demo_job(Workspace& ws, const demo::DemoOptions& options, const Clock& clock, ProgressSink& progress,
                        const std::filesystem::path& extract_dir) {
  Store& store = *ws.store;
  for (const auto& extract : store.extracts().list()) {
    if (!extract.file_name.starts_with(kDemoExtractPrefix)) {
      throw StorageError(fmt::format(
          "this database holds imported data ({}); the demo only fills a new database or replaces an earlier demo: "
          "give another --db",
          extract.file_name));
    }
  }
  const UtcTime now = clock.now();
  const auto schedule = ws.settings.schedule();
  progress.progress("Generating the demo city", 0, 1);
  demo::DemoCity city = demo::generate_demo_city(options, ws.settings, store.departments().list(), now);
  DemoReport report;
  report.last_day = schedule.local_date(now);
  if (!city.events.empty()) report.first_day = schedule.local_date(city.events.front().occurred_utc);
  const auto files = demo::write_demo_extracts(city.events, schedule, report.last_day, extract_dir);
  report.calls_311 = files.calls_311;
  report.calls_ems = files.calls_ems;
  check_cancel(progress);

  const ProfileCatalog profiles = ws.load_profiles();
  store.transaction([&] {
    store.clear_activity();
    const std::tuple<std::filesystem::path, const char*, const char*> imports[] = {
        {files.calls_311, "boston311-legacy-29", "311"}, {files.calls_ems, "generic-ems-cad", "EMS"}};
    for (const auto& [file, profile, stream] : imports) {
      const std::string name = fmt::format("{}{} (seed {}, {} days to {})", kDemoExtractPrefix, stream, options.seed,
                                           options.days, format_date(report.last_day));
      const auto r = run_import_job(store, {file, profile, name}, profiles, ws.settings, ws.categories, clock, progress);
      if (r.rejected > 0) {
        throw Error(fmt::format("the demo's own extract {} was not read cleanly ({} rows rejected, first: line {}: {})",
                                file.string(), r.rejected, r.issues.empty() ? 0 : r.issues.front().line,
                                r.issues.empty() ? "" : r.issues.front().message));
      }
      report.events += r.accepted;
      report.linked += r.linked;
    }
    for (auto& h : city.huddles) {
      // Each past huddle keeps the ranking of its morning, as a huddle created that morning would have.
      h.huddle.snapshot = format_ranking_json(
          rank_huddle(store, ws.settings, ws.categories, schedule, h.huddle.cutoff_utc), schedule);
      store.huddles().add(h.huddle);
      for (auto& planned : h.actions) {
        planned.action.huddle_id = h.huddle.id;
        store.actions().add(planned.action, planned.created_by);
        for (const auto& step : planned.steps) {
          planned.action.status = step.status;
          if (!step.note.empty()) planned.action.note = step.note;
          planned.action.updated_utc = step.when;
          store.actions().update(planned.action, step.who);
        }
        ++report.actions;
      }
    }
    check_cancel(progress);
  });
  report.huddles = static_cast<long>(city.huddles.size());
  progress.progress("Demo city ready", 1, 1);
  return report;
}

}  // namespace huddle::core
