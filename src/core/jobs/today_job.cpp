#include "core/jobs/today_job.h"

namespace huddle::core {

TodayBoard gather_today(Store& store, const Settings& settings, UtcTime now) {
  TodayBoard board;
  board.summary = summarize_today(store, settings.schedule(), now);
  const CitywideTrend trend = citywide_trend(store.events(), board.summary.window);
  // The trend's lines come per stream, the total first, then its categories.
  for (const TrendLine& line : trend.lines) {
    TodayLine checked{line, check_trend(line)};
    if (line.category.empty()) {
      board.cards.push_back({line.stream, std::move(checked), {}, {}});
    } else if (!board.cards.empty() && board.cards.back().stream == line.stream) {
      board.cards.back().categories.push_back(std::move(checked));
    }
  }
  std::vector<std::string> streams;
  for (const auto& card : board.cards) streams.push_back(card.stream);
  DataFreshness freshness = data_freshness(store, streams, settings.sources);
  for (std::size_t i = 0; i < board.cards.size(); ++i) board.cards[i].freshness = std::move(freshness.streams[i]);
  board.sources = std::move(freshness.sources);
  return board;
}

}  // namespace huddle::core
