#include "core/ingest/time_parser.h"

#include <date/tz.h>

#include "core/error.h"

namespace huddle::core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Reads 1..max_width digits at `pos` (exactly `max_width` when `exact`).
bool read_number(std::string_view s, std::size_t& pos, int max_width, bool exact, int& out) {
  int n = 0, v = 0;
  while (n < max_width && pos < s.size() && is_digit(s[pos])) {
    v = v * 10 + (s[pos] - '0');
    ++pos;
    ++n;
  }
  if (n == 0 || (exact && n != max_width)) return false;
  out = v;
  return true;
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
}

/// Reads what may follow a pattern: fraction, offset, spaces. False on anything else.
bool read_tail(std::string_view s, std::size_t pos, std::optional<std::chrono::minutes>& offset) {
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (pos >= s.size() || !is_digit(s[pos])) return false;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
  }
  skip_spaces(s, pos);
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    offset = std::chrono::minutes{0};
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int hh = 0, mm = 0;
    if (!read_number(s, pos, 2, true, hh)) return false;
    if (pos < s.size() && s[pos] == ':') ++pos;
    if (pos < s.size() && is_digit(s[pos]) && !read_number(s, pos, 2, true, mm)) return false;
    if (hh > 14 || mm > 59) return false;
    offset = std::chrono::minutes{sign * (hh * 60 + mm)};
  }
  skip_spaces(s, pos);
  return pos == s.size();
}

std::optional<WrittenTime> match(std::string_view pattern, std::string_view s) {
  int year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  bool pm = false, has_ampm = false;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char p = pattern[i];
    if (p == '%' && i + 1 < pattern.size()) {
      const char f = pattern[++i];
      bool ok = true;
      switch (f) {
        case 'Y': ok = read_number(s, pos, 4, true, year); break;
        case 'm': ok = read_number(s, pos, 2, false, month); break;
        case 'd': ok = read_number(s, pos, 2, false, day); break;
        case 'H': ok = read_number(s, pos, 2, false, hour); break;
        case 'I': ok = read_number(s, pos, 2, false, hour) && hour >= 1 && hour <= 12; break;
        case 'M': ok = read_number(s, pos, 2, true, minute); break;
        case 'S': ok = read_number(s, pos, 2, true, second); break;
        case 'p':
          ok = pos + 2 <= s.size() && (s[pos + 1] == 'M' || s[pos + 1] == 'm') &&
               (s[pos] == 'A' || s[pos] == 'a' || s[pos] == 'P' || s[pos] == 'p');
          if (ok) {
            pm = s[pos] == 'P' || s[pos] == 'p';
            has_ampm = true;
            pos += 2;
          }
          break;
        case '%': ok = pos < s.size() && s[pos++] == '%'; break;
        default: ok = false;
      }
      if (!ok) return std::nullopt;
    } else if (p == ' ') {
      if (pos >= s.size() || s[pos] != ' ') return std::nullopt;
      skip_spaces(s, pos);
    } else {
      if (pos >= s.size() || s[pos] != p) return std::nullopt;
      ++pos;
    }
  }
  WrittenTime out;
  if (!read_tail(s, pos, out.offset)) return std::nullopt;
  if (has_ampm) hour = (hour % 12) + (pm ? 12 : 0);
  if (year < 0 || minute > 59 || second > 60 || hour > 24) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  // Hour 24 (seen in Seattle exports) is 00 of the next day; a leap second is read as the next minute.
  out.wall = std::chrono::local_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
             std::chrono::seconds{second};
  return out;
}

}  // namespace

std::optional<std::string> check_time_pattern(const std::string& pattern) {
  bool has_year = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '%') continue;
    if (i + 1 >= pattern.size()) return "ends with a lone %";
    const char f = pattern[++i];
    if (std::string_view("YmdHIMSp%").find(f) == std::string_view::npos) {
      return std::string("unknown field %") + f + " (expected %Y %m %d %H %I %M %S %p)";
    }
    has_year = has_year || f == 'Y';
  }
  if (!has_year) return "needs %Y";
  return std::nullopt;
}

TimeParser::TimeParser(std::vector<std::string> patterns) : m_patterns(std::move(patterns)) {}

std::optional<WrittenTime> TimeParser::parse(std::string_view text) const {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  for (const auto& p : m_patterns) {
    if (auto t = match(p, text)) return t;
  }
  return std::nullopt;
}

ZoneConverter::ZoneConverter(const std::string& zone) {
  try {
    m_zone = date::locate_zone(zone);
  } catch (const std::runtime_error&) {
    throw Error("unknown time zone '" + zone + "'");
  }
}

UtcTime ZoneConverter::to_utc(std::chrono::local_seconds t) {
  const long hour = static_cast<long>(std::chrono::floor<std::chrono::hours>(t.time_since_epoch()).count());
  if (hour == m_cached_hour) return UtcTime{t.time_since_epoch() - m_cached_offset};
  auto as_date = [](std::chrono::local_seconds x) {
    return date::local_seconds{date::local_seconds::duration{x.time_since_epoch().count()}};
  };
  const date::zoned_seconds zoned{m_zone, as_date(t), date::choose::earliest};
  const UtcTime utc{std::chrono::seconds{zoned.get_sys_time().time_since_epoch().count()}};
  // Cache the offset only for an hour that lies wholly inside one offset period (not at a DST change).
  const std::chrono::local_seconds start{std::chrono::hours{hour}};
  const auto first = m_zone->get_info(as_date(start));
  const auto last = m_zone->get_info(as_date(start + std::chrono::seconds{3599}));
  if (first.result == date::local_info::unique && last.result == date::local_info::unique &&
      first.first.offset == last.first.offset) {
    m_cached_hour = hour;
    m_cached_offset = std::chrono::seconds{first.first.offset.count()};
  }
  return utc;
}

UtcTime ZoneConverter::to_utc(const WrittenTime& written) {
  if (written.offset) return UtcTime{written.wall.time_since_epoch() - *written.offset};
  return to_utc(written.wall);
}

}  // namespace huddle::core
