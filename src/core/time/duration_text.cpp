#include "core/time/duration_text.h"

#include <cstdlib>

#include <fmt/format.h>

namespace huddle::core {
namespace {

constexpr int kMaxSeconds = 24 * 3600;

/// A run of ASCII digits (at most 5) as a number; std::nullopt for anything else.
std::optional<int> digits(std::string_view text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string format_mm_ss(int seconds) {
  const int magnitude = std::abs(seconds);
  return fmt::format("{}{}:{:02}", seconds < 0 ? "-" : "", magnitude / 60, magnitude % 60);
}

std::optional<int> parse_mm_ss(std::string_view text) {
  text = trimmed(text);
  std::optional<int> total;
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    if (const auto minutes = digits(text)) total = *minutes * 60;
  } else {
    const auto minutes = digits(text.substr(0, colon));
    const auto seconds_text = text.substr(colon + 1);
    const auto seconds = seconds_text.size() == 2 ? digits(seconds_text) : std::nullopt;
    if (minutes && seconds && *seconds < 60) total = *minutes * 60 + *seconds;
  }
  if (!total || *total > kMaxSeconds) return std::nullopt;
  return total;
}

}  // namespace huddle::core
