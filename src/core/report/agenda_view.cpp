#include "core/report/agenda_view.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/huddle/action_groups.h"
#include "core/huddle/run_of_show.h"
#include "core/model/event.h"
#include "core/report/ranking_text.h"
#include "core/report/today_text.h"
#include "core/time/iso.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

using nlohmann::json;

/// Said at the foot of every agenda (ARCHITECTURE §8).
constexpr const char* kPrivacyNote =
    "No personal information: this agenda shows places and counts, never a person. Individuals at elevated risk "
    "are reported verbally; no names are recorded.";

/// "02:00": a time box as the room reads it, minutes and seconds.
std::string mm_ss(int seconds) { return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60); }

std::string plural(long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// "Persistent" → "persistent", "Action open" → "action-open": a tag's CSS class.
std::string css_class(std::string_view name) {
  std::string out;
  for (const char c : name) out += c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

/// Looks departments up by id.
class DepartmentNames {
 public:
  explicit DepartmentNames(const std::vector<Department>& departments) {
    for (const auto& d : departments) m_by_id.emplace(d.id, &d);
  }
  const Department* find(std::optional<std::int64_t> id) const {
    const auto it = id ? m_by_id.find(*id) : m_by_id.end();
    return it == m_by_id.end() ? nullptr : it->second;
  }

 private:
  std::map<std::int64_t, const Department*> m_by_id;
};

/// The streams the count columns show: 311 and EMS always, then any other stream a listed place has.
std::vector<std::string> streams_of(const PlaceLists& lists) {
  std::vector<std::string> out{std::string(kStream311), std::string(kStreamEms)};
  std::set<std::string> others;
  for (const auto* list : {&lists.top, &lists.watch}) {
    for (const auto& p : *list) {
      for (const auto& [stream, n] : p.window_counts) {
        if (std::find(out.begin(), out.end(), stream) == out.end()) others.insert(stream);
      }
    }
  }
  out.insert(out.end(), others.begin(), others.end());
  return out;
}

class ViewBuilder {
 public:
  ViewBuilder(const HuddleBrief& brief, const AgendaContext& context)
      : m_brief(brief),
        m_context(context),
        m_departments(context.departments),
        m_streams(streams_of(brief.ranking.lists)) {}

  json build() const {
    const Huddle& h = m_brief.huddle;
    json view = {{"city", m_context.city},
                 {"date", format_long_date(h.date)},
                 {"date_iso", format_date(h.date)},
                 {"window_start", format_local(h.window_start_utc, m_context.schedule)},
                 {"cutoff", format_local(h.cutoff_utc, m_context.schedule)},
                 {"state", capitalised(to_string(h.state))},
                 {"state_id", to_string(h.state)},
                 {"notes", h.notes},
                 {"has_notes", !h.notes.empty()},
                 {"privacy", kPrivacyNote}};
    std::string present;
    for (const auto id : h.attendance) {
      if (const auto* d = m_departments.find(id)) present += (present.empty() ? "" : ", ") + d->short_name;
    }
    view["present"] = present;
    view["has_present"] = !present.empty();
    add_run_of_show(view);
    json streams = json::array();
    for (const auto& s : m_streams) streams.push_back({{"stream", stream_label(s)}});
    view["streams"] = streams;
    view["top"] = places(m_brief.ranking.lists.top);
    view["has_top"] = !m_brief.ranking.lists.top.empty();
    view["watch"] = places(m_brief.ranking.lists.watch);
    view["has_watch"] = !m_brief.ranking.lists.watch.empty();
    add_actions(view);
    view["data_quality"] = data_quality();
    return view;
  }

 private:
  void add_run_of_show(json& view) const {
    json items = json::array();
    int actual_total = 0;
    bool any_actual = false;
    for (const auto& item : m_brief.agenda) {
      const Department* presenter = m_departments.find(item.presenter_department);
      json i = {{"position", item.position + 1},
                {"kind", to_string(item.kind)},
                {"time_box", mm_ss(item.planned_seconds)},
                {"title", item.title},
                {"presenter", presenter ? presenter->short_name : ""},
                {"presenter_name", presenter ? presenter->name : ""},
                {"has_presenter", presenter != nullptr},
                {"notes", item.notes},
                {"has_notes", !item.notes.empty()},
                {"place_id", item.place_id},
                {"has_place", !item.place_id.empty()},
                {"actual", item.actual_seconds ? mm_ss(*item.actual_seconds) : ""},
                {"has_actual", item.actual_seconds.has_value()},
                {"over", item.actual_seconds && *item.actual_seconds > item.planned_seconds}};
      items.push_back(std::move(i));
      if (item.actual_seconds) {
        any_actual = true;
        actual_total += *item.actual_seconds;
      }
    }
    view["run_of_show"] = items;
    view["planned_total"] = mm_ss(planned_seconds(m_brief.agenda));
    view["actual_total"] = any_actual ? mm_ss(actual_total) : "";
    view["has_actual_total"] = any_actual;
  }

  json action(const Action& a) const {
    const Department* d = m_departments.find(a.department_id);
    const int age = age_in_days(a, m_context.schedule, m_brief.huddle.date);
    const bool shown_status = a.status != ActionStatus::open;
    std::string status(to_string(a.status));
    std::replace(status.begin(), status.end(), '_', ' ');
    return {{"id", a.id},
            {"title", a.title},
            {"department", d ? d->name : ""},
            {"department_short", d ? d->short_name : ""},
            {"owner", a.owner},
            {"has_owner", !a.owner.empty()},
            {"place", a.place_name},
            {"has_place", !a.place_name.empty()},
            {"due", a.due ? format_short_date(*a.due) : ""},
            {"has_due", a.due.has_value()},
            {"age_days", age},
            {"age", age == 0 ? std::string("new today") : plural(age, "day old", "days old")},
            {"status", status},
            {"has_status", shown_status}};
  }

  json places(const std::vector<RankedPlace>& list) const {
    json out = json::array();
    for (const auto& p : list) {
      json tags = json::array();
      for (const auto tag : p.tags) tags.push_back({{"tag", to_string(tag)}, {"class", css_class(to_string(tag))}});
      json counts = json::array();
      std::string counts_text;
      for (const auto& s : m_streams) {
        const auto it = p.window_counts.find(s);
        const long n = it == p.window_counts.end() ? 0 : it->second;
        counts.push_back({{"stream", stream_label(s)}, {"count", n}});
        counts_text += fmt::format("{}{}: {}", counts_text.empty() ? "" : ", ", stream_label(s), n);
      }
      json actions = json::array();
      for (const auto& a : m_context.actions) {
        if (a.huddle_id == m_brief.huddle.id && a.place_id == p.place.id) actions.push_back(action(a));
      }
      std::string no_action;
      for (const auto& n : m_brief.no_actions) {
        if (n.place_id == p.place.id) no_action = n.reason;
      }
      const bool decided = !actions.empty() || !no_action.empty();
      out.push_back({{"rank", p.rank},
                     {"id", p.place.id},
                     {"name", p.place.name},
                     {"tags", tags},
                     {"tags_text", tags_text(p)},
                     {"has_tags", !p.tags.empty()},
                     {"counts", counts},
                     {"counts_text", counts_text},
                     {"window_total", p.window_total},
                     {"counts_7d", p.counts_7d},
                     {"explanation", p.explanation},
                     {"actions", actions},
                     {"has_actions", !actions.empty()},
                     {"no_action", no_action},
                     {"has_no_action", !no_action.empty()},
                     {"decided", decided},
                     {"undecided", !decided}});
    }
    return out;
  }

  void add_actions(json& view) const {
    json agreed = json::array();
    for (const auto& a : m_context.actions) {
      if (a.huddle_id == m_brief.huddle.id) agreed.push_back(action(a));
    }
    view["has_agreed"] = !agreed.empty();
    view["agreed"] = std::move(agreed);

    const std::pair<ActionGroup, const char*> groups[] = {
        {ActionGroup::overdue, "Overdue"}, {ActionGroup::due_today, "Due today"}, {ActionGroup::open, "Open"}};
    json out = json::array();
    long carried = 0;
    for (const auto& [group, label] : groups) {
      json actions = json::array();
      for (const auto& a : m_brief.carried) {
        // Actions agreed at this huddle are its decisions, listed above; carried over are the earlier ones.
        if (a.huddle_id != m_brief.huddle.id && group_of(a, m_brief.huddle.date) == group) actions.push_back(action(a));
      }
      if (actions.empty()) continue;
      carried += static_cast<long>(actions.size());
      out.push_back({{"group", label}, {"class", css_class(label)}, {"count", actions.size()}, {"actions", actions}});
    }
    view["action_groups"] = out;
    view["carried_count"] = carried;
    view["has_carried"] = carried > 0;
  }

  std::string data_quality() const {
    const RankingQuality& q = m_brief.ranking.quality;
    std::string out = plural(q.unlocated, "report", "reports") + " without a usable location (not ranked); " +
                      plural(q.linked, "repeat report", "repeat reports") + " linked (counted once)";
    for (const auto& [stream, t] : q.latest_event) {
      out += fmt::format("; newest {} report {}", stream_label(stream), format_local(t, m_context.schedule));
    }
    for (const auto& stream : q.silent_streams)
      out += fmt::format("; no {} reports since the last huddle", stream_label(stream));
    return out + ".";
  }

  const HuddleBrief& m_brief;
  const AgendaContext& m_context;
  DepartmentNames m_departments;
  std::vector<std::string> m_streams;
};

}  // namespace

nlohmann::json agenda_view(const HuddleBrief& brief, const AgendaContext& context) {
  return ViewBuilder(brief, context).build();
}

}  // namespace huddle::core
