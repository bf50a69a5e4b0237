#include "core/demo/demo_job.h"

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

constexpr std::size_t kBatch = 2000;

void check_cancel(ProgressSink& progress) {
  if (progress.cancelled()) throw Cancelled();
}

}  // namespace

DemoReport run_demo_job(Store& store, const Settings& settings, const demo::DemoOptions& options, const Clock& clock,
                        ProgressSink& progress) {
  for (const auto& extract : store.extracts().list()) {
    if (extract.profile != kDemoProfile) {
      throw StorageError(fmt::format(
          "this database holds imported data ({}); the demo only fills a new database or replaces an earlier demo: "
          "give another --db",
          extract.file_name));
    }
  }
  const auto departments = store.departments().list();
  const UtcTime now = clock.now();
  progress.progress("Generating the demo city", 0, 1);
  demo::DemoCity city = demo::generate_demo_city(options, settings, departments, now);
  check_cancel(progress);

  DemoReport report;
  store.transaction([&] {
    store.clear_activity();
    Extract x311{0, fmt::format("demo city 311 (seed {})", options.seed), fmt::format("demo:311:seed{}", options.seed),
                 kDemoProfile, "311", now, 0, 0, 0};
    Extract xems{0, fmt::format("demo city EMS (seed {})", options.seed), fmt::format("demo:ems:seed{}", options.seed),
                 kDemoProfile, "ems", now, 0, 0, 0};
    for (const auto& e : city.events) ++(e.stream == x311.stream ? x311 : xems).rows_read;
    x311.accepted = x311.rows_read;
    xems.accepted = xems.rows_read;
    store.extracts().add(x311);
    store.extracts().add(xems);
    for (auto& e : city.events) e.extract_id = e.stream == x311.stream ? x311.id : xems.id;

    const long total = static_cast<long>(city.events.size());
    for (std::size_t start = 0; start < city.events.size(); start += kBatch) {
      std::vector<Event> batch(city.events.begin() + static_cast<std::ptrdiff_t>(start),
                               city.events.begin() + static_cast<std::ptrdiff_t>(std::min(start + kBatch, city.events.size())));
      store.events().add(batch);
      for (std::size_t i = 0; i < batch.size(); ++i) city.events[start + i].id = batch[i].id;
      progress.progress("Storing events", static_cast<long>(start + batch.size()), total);
      check_cancel(progress);
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> links;
    for (auto [repeat, original] : city.repeats) links.emplace_back(city.events[repeat].id, city.events[original].id);
    store.events().link(links);

    for (auto& h : city.huddles) {
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

  report.events = static_cast<long>(city.events.size());
  report.linked = static_cast<long>(city.repeats.size());
  report.huddles = static_cast<long>(city.huddles.size());
  const auto schedule = settings.schedule();
  if (!city.events.empty()) report.first_day = schedule.local_date(city.events.front().occurred_utc);
  report.last_day = schedule.local_date(now);
  progress.progress("Demo city ready", 1, 1);
  return report;
}

}  // namespace huddle::core
