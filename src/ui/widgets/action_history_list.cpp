#include "ui/widgets/action_history_list.h"

#include <wx/intl.h>

#include "core/error.h"
#include "core/time/local_format.h"
#include "ui/action_labels.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

/// A stored history value as a reader knows it: department names, status labels, "(none)" for empty.
wxString value_text(const std::string& field, const std::string& value,
                    const std::map<std::int64_t, std::string>& departments) {
  if (value.empty()) return _("(none)");
  if (field == "department_id") {
    try {
      if (const auto it = departments.find(std::stoll(value)); it != departments.end()) return wx(it->second);
    } catch (const std::exception&) {  // not a number: show it as stored
    }
  }
  if (field == "status") {
    try {
      return status_label(core::parse_action_status(value));
    } catch (const huddle::Error&) {  // a status this build does not know: show it as stored
    }
  }
  return wx(value);
}

}  // namespace

ActionHistoryList::ActionHistoryList(wxWindow* parent, const wxString& name)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator,
                 name) {
  const std::pair<wxString, int> columns[] = {{_("When"), 140}, {_("Who"), 150}, {_("Field"), 110}, {_("Change"), 700}};
  for (const auto& [title, width] : columns) AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
}

void ActionHistoryList::ShowHistory(const std::vector<core::ActionChange>& changes,
                                    const std::map<std::int64_t, std::string>& departments,
                                    const core::HuddleSchedule& schedule) {
  DeleteAllItems();
  for (auto c = changes.rbegin(); c != changes.rend(); ++c) {
    // A new place changes both its id and its name; the name says it for a reader.
    if (c->field == "place_id") continue;
    const long row = InsertItem(GetItemCount(), wx(core::format_local(c->changed_utc, schedule)));
    SetItem(row, 1, wx(c->who));
    SetItem(row, 2, field_label(c->field));
    const wxString change = c->field == "created" ? value_text(c->field, c->new_value, departments)
                                                  : value_text(c->field, c->old_value, departments) + wx(" \u2192 ") +
                                                        value_text(c->field, c->new_value, departments);
    SetItem(row, 3, change);
  }
}

}  // namespace huddle::ui
