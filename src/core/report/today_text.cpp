#include "core/report/today_text.h"

#include <fmt/format.h>

#include "core/config/categories.h"
#include "core/time/local_format.h"

namespace huddle::core {
std::string stream_label(const std::string& stream) { return stream == "ems" ? "EMS" : stream; }

std::string format_today_text(const TodaySummary& summary, const std::string& city, const HuddleSchedule& schedule,
                              const std::vector<Category>& categories) {
  std::string out;
  out += fmt::format("{} huddle, {}\n", city, format_long_date(summary.window.date));
  out += fmt::format("Since the last huddle: {} to {} ({})\n\n", format_local(summary.window.start, schedule),
                     format_local(summary.window.cutoff, schedule), schedule.zone_name());
  for (const auto& s : summary.streams) {
    out += fmt::format("{:<6} {:>5} reports", stream_label(s.stream), s.total);
    out += s.newest ? fmt::format("   newest {}\n", format_local(*s.newest, schedule)) : "   no data yet\n";
    for (const auto& c : s.by_category) {
      out += fmt::format("       {:>5}  {}\n", c.count, category_label(categories, c.category));
    }
  }
  out += fmt::format("\nData quality: {} without a usable location, {} repeat reports linked (counted once)\n",
                     summary.totals.unlocated, summary.totals.linked);
  out += fmt::format("Actions: {} open, {} overdue, {} due today\n", summary.open_actions, summary.overdue_actions,
                     summary.due_today);
  return out;
}

}  // namespace huddle::core
