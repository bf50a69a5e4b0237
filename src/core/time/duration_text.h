#pragma once
/// \file
/// Short durations as the huddle reads and types them: "m:ss".

#include <optional>
#include <string>
#include <string_view>

namespace huddle::core {

/// "0:40", "2:00", "17:20", "75:05" (minutes are not capped at 60); a negative duration gets a leading "-".
std::string format_mm_ss(int seconds);
/// Parses what a person types as a time box: "m:ss" (seconds below 60) or whole minutes ("2"); blanks around are
/// allowed. std::nullopt for anything else, or more than 24 hours.
std::optional<int> parse_mm_ss(std::string_view text);

}  // namespace huddle::core
