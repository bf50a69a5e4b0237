#include "core/time/schedule.h"

#include <date/tz.h>

#include "core/error.h"

namespace huddle::core {
namespace {

date::local_seconds to_date_local(std::chrono::local_seconds t) {
  return date::local_seconds{date::local_seconds::duration{t.time_since_epoch().count()}};
}

}  // namespace

HuddleSchedule::HuddleSchedule(const std::string& zone, std::chrono::minutes cutoff, std::array<bool, 7> huddle_days)
    : m_zone(nullptr), m_zone_name(zone), m_cutoff(cutoff), m_days(huddle_days) {
  try {
    m_zone = date::locate_zone(zone);
  } catch (const std::runtime_error&) {
    throw Error("unknown time zone '" + zone + "' (expected an IANA name such as America/New_York)");
  }
  bool any = false;
  for (bool day : m_days) any = any || day;
  if (!any) throw Error("a huddle schedule needs at least one huddle day a week");
  if (cutoff < std::chrono::minutes{0} || cutoff >= std::chrono::hours{24}) {
    throw Error("the cutoff must be a time of day between 00:00 and 23:59");
  }
}

bool HuddleSchedule::is_huddle_day(Date d) const {
  return m_days[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

UtcTime HuddleSchedule::cutoff_on(Date d) const {
  return to_utc(std::chrono::local_seconds{std::chrono::local_days{d}.time_since_epoch() + m_cutoff});
}

UtcTime HuddleSchedule::to_utc(std::chrono::local_seconds t) const {
  // earliest: in a repeated hour take the first; in a skipped hour both choices give the instant after the gap.
  date::zoned_seconds zoned{m_zone, to_date_local(t), date::choose::earliest};
  return UtcTime{std::chrono::seconds{zoned.get_sys_time().time_since_epoch().count()}};
}

Date HuddleSchedule::previous_huddle_day(Date d) const {
  std::chrono::sys_days day{d};
  for (int i = 0; i < 7; ++i) {
    day -= std::chrono::days{1};
    if (is_huddle_day(Date{day})) return Date{day};
  }
  return Date{day};  // unreachable: the constructor requires a huddle day each week
}

HuddleWindow HuddleSchedule::window_for(Date d) const {
  return HuddleWindow{d, cutoff_on(previous_huddle_day(d)), cutoff_on(d)};
}

HuddleWindow HuddleSchedule::current_at(UtcTime t) const {
  std::chrono::sys_days day{local_date(t)};
  for (int i = 0; i < 8; ++i, day -= std::chrono::days{1}) {
    Date d{day};
    if (is_huddle_day(d) && cutoff_on(d) <= t) return window_for(d);
  }
  return window_for(Date{day});  // unreachable with at least one huddle day a week
}

std::chrono::local_seconds HuddleSchedule::to_local(UtcTime t) const {
  auto local = m_zone->to_local(date::sys_seconds{date::sys_seconds::duration{t.time_since_epoch().count()}});
  return std::chrono::local_seconds{std::chrono::seconds{local.time_since_epoch().count()}};
}

Date HuddleSchedule::local_date(UtcTime t) const {
  auto local = to_local(t);
  return Date{std::chrono::sys_days{std::chrono::floor<std::chrono::days>(local).time_since_epoch()}};
}

}  // namespace huddle::core
