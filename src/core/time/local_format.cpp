#include "core/time/local_format.h"

#include <array>

#include <fmt/format.h>

namespace huddle::core {
namespace {

constexpr std::array<const char*, 7> kDays = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string format_local(UtcTime t, const HuddleSchedule& schedule) {
  const auto local = schedule.to_local(t);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd{std::chrono::sys_days{day.time_since_epoch()}};
  const std::chrono::hh_mm_ss hms{local - day};
  const auto weekday = std::chrono::weekday{std::chrono::sys_days{day.time_since_epoch()}}.c_encoding();
  return fmt::format("{:.3} {} {:.3} {:02}:{:02}", kDays[weekday], static_cast<unsigned>(ymd.day()),
                     kMonths[static_cast<unsigned>(ymd.month()) - 1], hms.hours().count(), hms.minutes().count());
}

std::string format_long_date(Date d) {
  const auto weekday = std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding();
  return fmt::format("{} {} {} {}", kDays[weekday], static_cast<unsigned>(d.day()),
                     kMonths[static_cast<unsigned>(d.month()) - 1], static_cast<int>(d.year()));
}

std::string format_local_iso(UtcTime t, const HuddleSchedule& schedule) {
  const auto local = schedule.to_local(t);
  const auto offset = std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() - t.time_since_epoch());
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd{std::chrono::sys_days{day.time_since_epoch()}};
  const std::chrono::hh_mm_ss hms{local - day};
  const long off = offset.count();
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count(), off < 0 ? '-' : '+', std::abs(off) / 60,
                     std::abs(off) % 60);
}

std::string format_short_date(Date d) {
  const auto weekday = std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding();
  return fmt::format("{:.3} {} {:.3}", kDays[weekday], static_cast<unsigned>(d.day()),
                     kMonths[static_cast<unsigned>(d.month()) - 1]);
}

std::string format_since(UtcTime t, Date today, const HuddleSchedule& schedule) {
  const auto local = schedule.to_local(t);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const Date date{std::chrono::sys_days{day.time_since_epoch()}};
  const std::chrono::hh_mm_ss hms{local - day};
  const long hour = hms.hours().count();
  const std::string clock = fmt::format("{}{} {}", hour % 12 == 0 ? 12 : hour % 12,
                                        hms.minutes().count() ? fmt::format(":{:02}", hms.minutes().count()) : "",
                                        hour < 12 ? "AM" : "PM");
  const auto days_back = (std::chrono::sys_days{today} - std::chrono::sys_days{date}).count();
  if (days_back == 0) return "today " + clock;
  if (days_back == 1) return "yesterday " + clock;
  if (days_back > 1 && days_back < 7) {
    return fmt::format("{} {}", kDays[std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding()], clock);
  }
  return format_short_date(date) + " " + clock;
}

}  // namespace huddle::core
