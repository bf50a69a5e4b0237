// Figures of the foundation: how long the demo city takes to build and store, and how long the Today summary
// takes on it (the query behind the Today page and the terminal briefing). Prints medians of several runs.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "core/analysis/today_summary.h"
#include "core/demo/demo_job.h"
#include "core/jobs/workspace.h"

namespace {

using namespace huddle::core;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

template <typename F>
double time_ms(F&& f) {
  auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
  const auto dir = std::filesystem::temp_directory_path() / "huddle-bench";
  std::filesystem::remove_all(dir);
  FakeClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{13});
  NullProgress progress;
  const int runs = 5;
  fmt::print("{:<48} {:>10} {:>12}\n", "figure", "median", "events");
  for (int days : {60, 365}) {
    std::vector<double> generate, store, today;
    long events = 0;
    for (int run = 0; run < runs; ++run) {
      std::filesystem::remove_all(dir);
      auto ws = Workspace::open({dir / "bench.db", dir / "config", HUDDLE_SOURCE_RESOURCES});
      demo::DemoOptions options{days, 42};
      generate.push_back(time_ms([&] {
        auto city = demo::generate_demo_city(options, ws.settings, ws.store->departments().list(), clock.now());
        events = static_cast<long>(city.events.size());
      }));
      store.push_back(time_ms([&] { run_demo_job(ws, options, clock, progress, dir / "extracts"); }));
      const auto schedule = ws.settings.schedule();
      today.push_back(time_ms([&] { summarize_today(*ws.store, schedule, clock.now()); }));
    }
    fmt::print("{:<48} {:>8.1f}ms {:>12}\n", fmt::format("generate demo city, {} days", days), median(generate), events);
    fmt::print("{:<48} {:>8.1f}ms {:>12}\n", fmt::format("demo job (generate, write, import), {} days", days), median(store), events);
    fmt::print("{:<48} {:>8.2f}ms {:>12}\n", fmt::format("Today summary on {} days", days), median(today), events);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
