#include "core/report/ranking_text.h"

#include <fmt/format.h>

#include "core/analysis/explanation.h"
#include "core/model/event.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// Characters of a place name in the table (the explanation below it is not cut).
constexpr std::size_t kNameWidth = 44;

std::string fit(const std::string& text, std::size_t width) {
  if (text.size() <= width) return text;
  std::size_t cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return text.substr(0, cut) + "...";
}

long count_of(const RankedPlace& p, std::string_view stream) {
  const auto it = p.window_counts.find(std::string(stream));
  return it == p.window_counts.end() ? 0 : it->second;
}

std::string list_text(const std::vector<RankedPlace>& places) {
  std::string out = fmt::format("{:>3}  {:<{}} {:>4} {:>4} {:>4} {:>6}  {}\n", "#", "Place", kNameWidth, "311", "EMS",
                                "7d", "usual", "Tags");
  for (const auto& p : places) {
    out += fmt::format("{:>3}  {:<{}} {:>4} {:>4} {:>4} {:>6}  {}\n", p.rank, fit(p.place.name, kNameWidth),
                       kNameWidth, count_of(p, kStream311), count_of(p, kStreamEms), p.counts_7d,
                       format_rate(p.usual_per_day), tags_text(p));
    out += fmt::format("     {}\n", p.explanation);
  }
  return out;
}

}  // namespace

std::string tags_text(const RankedPlace& place) {
  std::string out;
  for (const auto tag : place.tags) out += (out.empty() ? "" : ", ") + std::string(to_string(tag));
  return out;
}

std::string format_ranking_text(const Ranking& ranking, const std::string& city, const HuddleSchedule& schedule) {
  std::string out = fmt::format("{} huddle, {}: high-response places\n", city, format_long_date(ranking.window.date));
  out += fmt::format("Counts since {} (cutoff {}); 7d = last 7 days; usual = a day over the 4 weeks before.\n\n",
                     format_local(ranking.window.start, schedule), format_local(ranking.window.cutoff, schedule));
  out += ranking.lists.top.empty() ? "No place has enough reports to be listed.\n" : list_text(ranking.lists.top);
  if (!ranking.lists.watch.empty()) out += "\nWatch list (new or surging, not in the top list)\n" + list_text(ranking.lists.watch);
  const RankingQuality& q = ranking.quality;
  out += fmt::format("\nData quality: {} without a usable location (not ranked), {} repeat reports linked (counted once)\n",
                     q.unlocated, q.linked);
  for (const auto& [stream, t] : q.latest_event) {
    out += fmt::format("  newest {} event: {}\n", stream_label(stream), format_local(t, schedule));
  }
  for (const auto& stream : q.silent_streams) {
    out += fmt::format("  no {} events since the last huddle\n", stream_label(stream));
  }
  return out;
}

}  // namespace huddle::core
