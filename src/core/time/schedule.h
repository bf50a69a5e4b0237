#pragma once
/// \file
/// HuddleSchedule: when huddles happen and which window of data each one covers, in the city's time zone.

#include <array>
#include <chrono>
#include <string>

#include "core/model/time_types.h"

namespace date {
class time_zone;
}

namespace huddle::core {

/// A huddle's data window: [start, cutoff).
struct HuddleWindow {
  Date date{};          ///< Local date of the huddle.
  UtcTime start{};      ///< Previous huddle day's cutoff.
  UtcTime cutoff{};     ///< This huddle's cutoff.
};

/// Huddle days and cutoff time in one IANA time zone. DST-correct: a cutoff is a local wall time.
class HuddleSchedule {
 public:
  /// `zone` is an IANA name ("America/New_York"); `cutoff` the local time of day the data ends;
  /// `huddle_days[w]` is true when a huddle is held on weekday w (0 = Sunday). Throws huddle::Error for an
  /// unknown zone or a week without any huddle day.
  HuddleSchedule(const std::string& zone, std::chrono::minutes cutoff, std::array<bool, 7> huddle_days);

  /// True when a huddle is held on local date `d`.
  bool is_huddle_day(Date d) const;
  /// The cutoff instant of local date `d` (a gap at the cutoff resolves to the later time).
  UtcTime cutoff_on(Date d) const;
  /// The nearest huddle day strictly before `d`.
  Date previous_huddle_day(Date d) const;
  /// The window of the huddle on local date `d` (which need not itself be a huddle day).
  HuddleWindow window_for(Date d) const;
  /// The huddle in force at instant `t`: the latest huddle day whose cutoff is at or before `t`.
  HuddleWindow current_at(UtcTime t) const;
  /// Local calendar date of instant `t`.
  Date local_date(UtcTime t) const;
  /// The instant of local wall time `t` (in a repeated hour the first; in a skipped hour the instant after it).
  UtcTime to_utc(std::chrono::local_seconds t) const;
  /// Local wall time of instant `t`.
  std::chrono::local_seconds to_local(UtcTime t) const;
  /// The IANA zone name.
  const std::string& zone_name() const { return m_zone_name; }

 private:
  const date::time_zone* m_zone;
  std::string m_zone_name;
  std::chrono::minutes m_cutoff;
  std::array<bool, 7> m_days;
};

}  // namespace huddle::core
