#include "core/time/time_argument.h"

#include <charconv>

#include "core/time/iso.h"

namespace huddle::core {

std::optional<UtcTime> parse_time_argument(std::string_view text, const HuddleSchedule& schedule) {
  auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  if (text.size() == 10) return schedule.cutoff_on(*date);
  if (text.size() != 16 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':') return std::nullopt;
  int h = -1, m = -1;
  auto r1 = std::from_chars(text.data() + 11, text.data() + 13, h);
  auto r2 = std::from_chars(text.data() + 14, text.data() + 16, m);
  if (r1.ptr != text.data() + 13 || r2.ptr != text.data() + 16 || h < 0 || h > 23 || m < 0 || m > 59) {
    return std::nullopt;
  }
  return schedule.to_utc(std::chrono::local_days{*date} + std::chrono::hours{h} + std::chrono::minutes{m});
}

std::optional<Date> parse_date_argument(std::string_view text, Date today) {
  if (text == "today") return today;
  if (text == "tomorrow") return Date{std::chrono::sys_days{today} + std::chrono::days{1}};
  return parse_date(text);
}

}  // namespace huddle::core
