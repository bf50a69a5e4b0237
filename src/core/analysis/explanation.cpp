#include "core/analysis/explanation.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/config/categories.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// Open actions named in the sentence; the rest are counted.
constexpr std::size_t kActionsNamed = 2;

std::string lower_first(std::string s) {
  if (!s.empty() && std::isupper(static_cast<unsigned char>(s[0])) &&
      !(s.size() > 1 && std::isupper(static_cast<unsigned char>(s[1])))) {
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  }
  return s;
}

std::string category_part(const RankedPlace& place, const std::vector<Category>& categories) {
  std::vector<std::pair<std::string, long>> counts(place.window_categories.begin(), place.window_categories.end());
  std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [id, n] : counts) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, lower_first(category_label(categories, id)));
  }
  return out;
}

/// The usual level: a rate when there is about one a day or more, else the plain count of the 4 weeks.
std::string usual_part(const RankedPlace& place) {
  if (place.baseline_total == 0) return "none in the 4 weeks before";
  if (place.baseline_total < 28) return fmt::format("usual: {} in 4 weeks", place.baseline_total);
  return fmt::format("usual ≈ {} a day", format_rate(place.usual_per_day));
}

std::string due_part(const Action& action, Date today) {
  if (!action.due) return "";
  if (*action.due < today) return " overdue since " + format_short_date(*action.due);
  if (*action.due == today) return " due today";
  return " due " + format_short_date(*action.due);
}

std::string actions_part(const RankedPlace& place, const ExplanationContext& context) {
  std::string out;
  for (std::size_t i = 0; i < place.open_actions.size() && i < kActionsNamed; ++i) {
    const Action& a = place.open_actions[i];
    const auto dept = context.departments.find(a.department_id);
    out += fmt::format("{}{}{}{}", out.empty() ? "" : ", ",
                       dept == context.departments.end() ? "" : dept->second + ": ", a.title,
                       due_part(a, context.window.date));
  }
  if (place.open_actions.size() > kActionsNamed) {
    out += fmt::format(" and {} more", place.open_actions.size() - kActionsNamed);
  }
  return out;
}

}  // namespace

std::string format_rate(double per_day) {
  if (per_day >= 9.95) return fmt::format("{:.0f}", per_day);
  std::string s = fmt::format("{:.1f}", per_day);
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  return s;
}

std::string explain_place(const RankedPlace& place, const ExplanationContext& context) {
  const std::string since = format_since(context.window.start, context.window.date, context.schedule);
  std::string s = place.window_total == 0
                      ? fmt::format("No reports since {}", since)
                      : fmt::format("{} report{} since {}", place.window_total, place.window_total == 1 ? "" : "s", since);
  s += " (" + usual_part(place) + ")";
  if (place.window_total > 0) s += ": " + category_part(place, context.categories);
  if (place.has(PlaceTag::surging)) s += "; well above its usual level";
  s += fmt::format("; active {} of the last 28 days", place.active_days);
  if (place.active_last_3 == 3) s += ", each of the last 3";
  if (place.has(PlaceTag::cooling)) {
    s += fmt::format("; quieter: {} in the last 7 days against {} in the 21 days before", place.counts_7d,
                     place.count_before_21d);
  }
  if (!place.open_actions.empty()) s += "; open: " + actions_part(place, context);
  return s + ".";
}

}  // namespace huddle::core
