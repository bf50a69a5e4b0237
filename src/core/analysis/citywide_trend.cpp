#include "core/analysis/citywide_trend.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/model/event.h"

namespace huddle::core {

namespace {

constexpr int kDays = 28;

/// Per stream and category (empty category: the stream's total), events per hour slot counted back from the
/// cutoff: slot 0 is the hour before the cutoff.
using HourCounts = std::map<std::pair<std::string, std::string>, std::vector<long>>;

/// The value at quantile `q` (0..1) of `sorted`, interpolated.
double quantile(const std::vector<long>& sorted, double q) {
  if (sorted.empty()) return 0;
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(pos);
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return static_cast<double>(sorted[lo]) + (pos - static_cast<double>(lo)) * static_cast<double>(sorted[hi] - sorted[lo]);
}

/// Sum of hour slots [first, first + count).
long sum_slots(const std::vector<long>& hours, long first, long count) {
  long n = 0;
  for (long h = first; h < first + count && h < static_cast<long>(hours.size()); ++h) n += hours[static_cast<std::size_t>(h)];
  return n;
}

TrendLine line_of(const std::string& stream, const std::string& category, const std::vector<long>& hours,
                  long window_hours) {
  TrendLine line;
  line.stream = stream;
  line.category = category;
  line.count = sum_slots(hours, 0, window_hours);
  std::vector<long> shifted;
  for (long d = 1; d <= kDays; ++d) shifted.push_back(sum_slots(hours, d * 24, window_hours));
  line.past_windows.assign(shifted.rbegin(), shifted.rend());
  std::sort(shifted.begin(), shifted.end());
  line.usual_low = std::lround(quantile(shifted, 0.25));
  line.usual_high = std::lround(quantile(shifted, 0.75));
  line.usual_median = quantile(shifted, 0.5);
  for (int d = kDays - 1; d >= 0; --d) line.daily.push_back(sum_slots(hours, d * 24L, 24));
  return line;
}

/// 311 first, then EMS, then other streams by name.
int stream_order(const std::string& stream) {
  if (stream == kStream311) return 0;
  if (stream == kStreamEms) return 1;
  return 2;
}

}  // namespace

CitywideTrend citywide_trend(const EventRepository& events, const HuddleWindow& window) {
  const long window_hours = std::max<long>(
      1, std::chrono::duration_cast<std::chrono::hours>(window.cutoff - window.start + std::chrono::minutes{30}).count());
  const auto slots = static_cast<std::size_t>(kDays * 24 + window_hours);
  HourCounts hours;
  for (const auto stream : {kStream311, kStreamEms}) hours[{std::string{stream}, ""}].assign(slots, 0);
  events.for_each_event(window.cutoff - std::chrono::hours{static_cast<long>(slots)}, window.cutoff, [&](const Event& e) {
    if (e.linked_to) return;
    const auto slot = static_cast<std::size_t>(
        std::chrono::duration_cast<std::chrono::hours>(window.cutoff - e.occurred_utc - std::chrono::seconds{1}).count());
    for (const std::string& category : {std::string{}, e.category}) {
      auto& counts = hours[{e.stream, category}];
      if (counts.empty()) counts.assign(slots, 0);
      ++counts[slot];
    }
  });
  CitywideTrend trend{window, {}};
  for (const auto& [key, counts] : hours) trend.lines.push_back(line_of(key.first, key.second, counts, window_hours));
  std::stable_sort(trend.lines.begin(), trend.lines.end(), [](const TrendLine& a, const TrendLine& b) {
    if (a.stream != b.stream) {
      return std::pair{stream_order(a.stream), a.stream} < std::pair{stream_order(b.stream), b.stream};
    }
    if (a.category.empty() != b.category.empty()) return a.category.empty();
    if (a.count != b.count) return a.count > b.count;
    return a.category < b.category;
  });
  return trend;
}

}  // namespace huddle::core
