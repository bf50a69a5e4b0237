#pragma once
/// \file
/// Local calendar dates between the core (core::Date) and wx date controls (wxDateTime).

#include <wx/datetime.h>

#include "core/model/time_types.h"

namespace huddle::ui {

/// `d` as a wxDateTime at local midnight.
inline wxDateTime to_wx_date(core::Date d) {
  return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(static_cast<unsigned>(d.day())),
                    static_cast<wxDateTime::Month>(static_cast<unsigned>(d.month()) - 1), static_cast<int>(d.year()));
}

/// The calendar date of `t` (which must be valid).
inline core::Date from_wx_date(const wxDateTime& t) {
  return core::Date{std::chrono::year{t.GetYear()}, std::chrono::month{static_cast<unsigned>(t.GetMonth()) + 1},
                    std::chrono::day{static_cast<unsigned>(t.GetDay())}};
}

}  // namespace huddle::ui
