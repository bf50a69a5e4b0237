#include "ui/pages/actions_page.h"

#include <algorithm>
#include <charconv>
#include <map>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/infobar.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include "core/error.h"
#include "core/huddle/action_tracker.h"
#include "core/time/local_format.h"
#include "ui/action_labels.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/environment.h"
#include "ui/error_guard.h"
#include "ui/ui_text.h"
#include "ui/widgets/action_history_list.h"
#include "ui/widgets/action_list_model.h"
#include "ui/widgets/row_renderers.h"

namespace huddle::ui {
namespace {

/// The status filter's fixed entries; the statuses follow them, in kStatuses order.
enum StatusChoice { kStillOpen, kEverything, kFirstStatus };

/// The setting that remembers a seat's department (its id; empty for every department). Kept in the database
/// rather than in a per-user wx config file: the ids mean something only in this database, and a seat that moves
/// to another desk on the same database finds its department again.
std::string my_department_key(const std::string& seat) { return "ui.my_department." + seat; }

constexpr core::ActionGroup kGroups[] = {core::ActionGroup::overdue, core::ActionGroup::due_today,
                                         core::ActionGroup::open, core::ActionGroup::closed};

unsigned column(ActionColumn c) { return static_cast<unsigned>(c); }

}  // namespace

ActionsPage::ActionsPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock), m_seat(seat()), m_timer(this) {
  const auto departments = m_workspace.store->departments().list();
  if (const auto remembered = m_workspace.store->setting(my_department_key(m_seat))) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(remembered->data(), remembered->data() + remembered->size(), id);
    const bool known = std::any_of(departments.begin(), departments.end(), [&](const auto& d) { return d.id == id; });
    if (error == std::errc() && end == remembered->data() + remembered->size() && known) m_my_department = id;
  }

  m_info = new wxInfoBar(this);
  auto* filters = new wxBoxSizer(wxHORIZONTAL);
  m_department = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                              "my department");
  m_status = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                          "status filter");
  m_status->Append(_("Still open"));
  m_status->Append(_("All, closed too"));
  m_status->Append(status_labels());
  m_status->SetSelection(kStillOpen);
  m_overdue = new wxCheckBox(this, wxID_ANY, _("&Overdue only"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "overdue only");
  const auto label = [this](const wxString& text) { return new wxStaticText(this, wxID_ANY, text); };
  filters->Add(label(_("&My department:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  filters->Add(m_department, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
  filters->Add(label(_("&Status:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  filters->Add(m_status, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
  filters->Add(m_overdue, 0, wxALIGN_CENTER_VERTICAL);

  auto* counts = new wxBoxSizer(wxHORIZONTAL);
  for (std::size_t i = 0; i < std::size(kGroups); ++i) {
    m_counts[i] = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    const GroupColours colours = group_colours(kGroups[i]);
    m_counts[i]->SetBackgroundColour(colours.background);
    m_counts[i]->SetForegroundColour(colours.text);
    m_counts[i]->SetFont(m_counts[i]->GetFont().Bold());
    m_counts[i]->SetMinSize(wxSize(FromDIP(120), -1));
    counts->Add(m_counts[i], 0, wxRIGHT, FromDIP(8));
  }
  counts->AddStretchSpacer();
  counts->Add(label(_("Keys: Ctrl+D done or reopen   Left/Right column   Enter or F2 edit   Ctrl+N new action")), 0,
              wxALIGN_CENTER_VERTICAL);

  auto* splitter =
      new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  m_view = new wxDataViewCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxDV_SINGLE | wxDV_HORIZ_RULES | wxDV_VERT_RULES, wxDefaultValidator, "actions");
  auto* model = new ActionListModel({[this](core::Action& changed) { return Save(changed); },
                                     [this](const wxString& why) { ShowMessage(why, wxICON_WARNING); }},
                                    departments);
  m_view->AssociateModel(model);
  model->DecRef();  // the view holds it now
  m_model = model;
  const auto text = [](wxDataViewCellMode mode) {
    auto* renderer = new wxDataViewTextRenderer("string", mode);
    renderer->EnableEllipsize(wxELLIPSIZE_END);  // a cut title shows that it goes on
    return renderer;
  };
  const auto add = [this](wxDataViewRenderer* renderer, const wxString& title, ActionColumn c, int width,
                          wxAlignment align = wxALIGN_LEFT) {
    m_view->AppendColumn(
        new wxDataViewColumn(title, renderer, column(c), FromDIP(width), align, wxDATAVIEW_COL_RESIZABLE));
  };
  add(new RowToggleRenderer, _("Done"), ActionColumn::done, 50, wxALIGN_CENTER);
  add(text(wxDATAVIEW_CELL_EDITABLE), _("Action"), ActionColumn::title, 330);
  const auto picked = [this] {
    auto* renderer = new RowChoiceRenderer(
        [this](const wxDataViewItem& item, unsigned c) { ChooseValue(item, static_cast<ActionColumn>(c)); });
    renderer->EnableEllipsize(wxELLIPSIZE_END);
    return renderer;
  };
  add(picked(), _("Department"), ActionColumn::department, 170);
  add(text(wxDATAVIEW_CELL_EDITABLE), _("Owner"), ActionColumn::owner, 130);
  add(text(wxDATAVIEW_CELL_INERT), _("Place"), ActionColumn::place, 190);
  add(text(wxDATAVIEW_CELL_EDITABLE), _("Due"), ActionColumn::due, 96);
  add(picked(), _("Status"), ActionColumn::status, 96);
  add(text(wxDATAVIEW_CELL_INERT), _("Age"), ActionColumn::age, 52, wxALIGN_RIGHT);
  add(text(wxDATAVIEW_CELL_EDITABLE), _("Note"), ActionColumn::note, 240);

  auto* below = new wxPanel(splitter);
  m_history_heading = new wxStaticText(below, wxID_ANY, "");
  m_history_heading->SetFont(m_history_heading->GetFont().Bold());
  m_history = new ActionHistoryList(below, "action history");
  auto* below_sizer = new wxBoxSizer(wxVERTICAL);
  below_sizer->Add(m_history_heading, 0, wxTOP | wxBOTTOM, FromDIP(6));
  below_sizer->Add(m_history, 1, wxEXPAND);
  below->SetSizer(below_sizer);
  splitter->SetMinimumPaneSize(FromDIP(120));
  splitter->SetSashGravity(1.0);  // a taller window gives the tracker the room
  splitter->SplitHorizontally(m_view, below, -FromDIP(210));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_info, 0, wxEXPAND);
  sizer->Add(filters, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  sizer->Add(counts, 0, wxEXPAND | wxALL, FromDIP(8));
  sizer->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(sizer);
  FillDepartmentChoice();
  ShowHistory();

  m_department->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const int choice = m_department->GetSelection();
    std::optional<std::int64_t> id;
    if (choice > 0) id = m_department_ids.at(static_cast<std::size_t>(choice - 1));
    guarded(this, [&] { SetMyDepartment(id); });
  });
  m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { OnFilterChanged(); });
  m_overdue->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { OnFilterChanged(); });
  m_view->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { ShowHistory(); });
  m_view->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { EditSelectedCell(); });
  m_view->Bind(wxEVT_DATAVIEW_ITEM_EDITING_STARTED, [this](wxDataViewEvent& e) {
    m_editing = true;
    e.Skip();
  });
  m_view->Bind(wxEVT_DATAVIEW_ITEM_EDITING_DONE, [this](wxDataViewEvent& e) {
    m_editing = false;
    e.Skip();
  });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { OnPoll(); });
  m_timer.Start(1000);
}

ActionsPage::~ActionsPage() = default;

core::Date ActionsPage::Today() const { return m_workspace.settings.schedule().local_date(m_clock.now()); }

void ActionsPage::Reload() {
  const std::optional<std::int64_t> selected = SelectedAction();
  // Read the version first: a commit by another seat between the two reads is then seen again at the next poll.
  m_seen_version = m_workspace.store->data_version();

  core::ActionFilter filter;
  filter.department_id = m_my_department;
  const int status = m_status->GetSelection();
  filter.include_closed = status == kEverything;
  if (status >= kFirstStatus) filter.status = kStatuses[status - kFirstStatus];
  filter.overdue_only = m_overdue->GetValue();
  const core::Date today = Today();
  m_model->SetRows(core::tracker_rows(*m_workspace.store, m_workspace.settings.schedule(), today, filter), today);

  // Keep the selection on the same action. When it left the list (another seat closed it), select nothing rather
  // than its neighbour: the next Ctrl+D must not tick an action the user did not pick.
  if (const auto row = selected ? m_model->RowOf(*selected) : std::nullopt) {
    const wxDataViewItem item = m_model->GetItem(*row);
    m_view->Select(item);
    m_view->EnsureVisible(item);
  }
  FillDepartmentChoice();
  ShowCounts();
  ShowHistory();
}

void ActionsPage::FillDepartmentChoice() {
  std::vector<std::int64_t> ids;
  wxArrayString names;
  auto departments = m_workspace.store->departments().list();
  for (const auto& d : departments) {
    ids.push_back(d.id);
    names.Add(wx(d.name));
  }
  if (ids != m_department_ids) {  // refilling an unchanged choice would close it under the user's pointer
    m_department_ids = ids;
    m_model->SetDepartments(std::move(departments));
    m_department->Set(names);
    m_department->Insert(_("All departments"), 0);
  }
  const auto chosen = std::find(ids.begin(), ids.end(), m_my_department.value_or(0));
  m_department->SetSelection(chosen == ids.end() ? 0 : static_cast<int>(chosen - ids.begin()) + 1);
}

void ActionsPage::SetMyDepartment(std::optional<std::int64_t> id) {
  m_my_department = id;
  m_workspace.store->set_setting(my_department_key(m_seat), id ? std::to_string(*id) : std::string());
  Reload();
}

void ActionsPage::OnFilterChanged() {
  guarded(this, [this] { Reload(); });
}

void ActionsPage::ShowCounts() {
  for (std::size_t i = 0; i < std::size(kGroups); ++i) {
    int n = 0;
    for (unsigned row = 0; row < m_model->RowCount(); ++row) n += m_model->RowAt(row).group == kGroups[i];
    m_counts[i]->SetLabel(wxString::Format(" %s: %d ", group_label(kGroups[i]), n));
    // "Closed: 0" under a filter that hides closed actions would read as "nothing was closed".
    m_counts[i]->Show(kGroups[i] != core::ActionGroup::closed || n > 0);
  }
  Layout();
}

void ActionsPage::ShowHistory() {
  const auto id = SelectedAction();
  if (!id) {
    m_history_heading->SetLabel(_("History: select an action to see every change made to it."));
    m_history->DeleteAllItems();
    return;
  }
  const core::Action& action = m_model->RowAt(*m_model->RowOf(*id)).action;
  m_history_heading->SetLabelText(_("History of:") + " " + wx(action.title));
  std::map<std::int64_t, std::string> departments;
  for (const auto& d : m_workspace.store->departments().list()) departments[d.id] = d.name;
  m_history->ShowHistory(m_workspace.store->actions().history(*id), departments, m_workspace.settings.schedule());
}

bool ActionsPage::Save(core::Action& changed) {
  try {
    core::save_action(*m_workspace.store, changed, m_seat, m_clock.now());
  } catch (const ConflictError&) {
    const auto history = m_workspace.store->actions().history(changed.id);
    const wxString who = history.empty() ? _("another seat") : wx(history.back().who);
    const wxString when = history.empty()
                              ? wxString()
                              : wx(core::format_local(history.back().changed_utc, m_workspace.settings.schedule()));
    ShowMessage(wxString::Format(_("Not saved: %s changed this action (%s) before you did. The list now shows the "
                                   "values as saved; make your change again if it still applies."),
                                 who, when),
                wxICON_WARNING);
    // Reload after the edit has unwound: the view is still inside the model's SetValue.
    CallAfter([this] { guarded(this, [this] { Reload(); }); });
    return false;
  } catch (const std::exception& e) {
    ShowMessage(wxString::Format(_("Not saved: %s"), wx(e.what())), wxICON_ERROR);
    return false;
  }
  if (!m_message.empty()) {
    m_info->Dismiss();
    m_message.clear();
  }
  CallAfter([this] {
    ShowCounts();
    ShowHistory();
  });
  return true;
}

void ActionsPage::ShowMessage(const wxString& text, int flags) {
  m_message = text;
  m_info->ShowMessage(text, flags);
}

void ActionsPage::OnPoll() {
  if (m_editing || !IsShownOnScreen()) return;
  try {
    if (m_workspace.store->data_version() != m_seen_version) Reload();
  } catch (const std::exception& e) {
    // Shown in the info bar, not a dialog: the poll comes back every second.
    ShowMessage(wxString::Format(_("Could not read the changes of other seats: %s"), wx(e.what())), wxICON_ERROR);
  }
}

void ActionsPage::SetCurrentPlaceSource(std::function<std::optional<core::Place>()> source) {
  m_current_place = std::move(source);
}

void ActionsPage::QuickAdd() {
  std::vector<PlaceOption> places;
  if (m_current_place) {
    if (const auto place = m_current_place()) places.push_back({place->id, place->name});
  }
  if (const auto id = SelectedAction()) {
    const core::Action& a = m_model->RowAt(*m_model->RowOf(*id)).action;
    if (!a.place_id.empty() && (places.empty() || places.front().id != a.place_id)) {
      places.push_back({a.place_id, a.place_name});
    }
  }
  const core::Date tomorrow{std::chrono::sys_days{Today()} + std::chrono::days{1}};
  ActionFormDialog dialog(this, _("New action"),
                          {m_workspace.store->departments().list(), m_my_department, tomorrow, places, false});
  if (dialog.ShowModal() == wxID_OK) AddAction(dialog.Request());
}

std::optional<std::int64_t> ActionsPage::AddAction(core::NewAction request) {
  std::optional<std::int64_t> id;
  guarded(this, [&] {
    const core::Date today = Today();
    if (m_workspace.store->huddles().by_date(today)) request.huddle_date = today;
    id = core::add_action(*m_workspace.store, request, m_seat, m_clock.now()).id;
    Reload();
    if (!SelectAction(*id)) {
      ShowMessage(_("The new action was saved; the filters hide it."), wxICON_INFORMATION);
    }
  });
  return id;
}

void ActionsPage::ToggleSelectedDone() {
  const auto id = SelectedAction();
  if (!id) return;
  const unsigned row = *m_model->RowOf(*id);
  const bool done = m_model->RowAt(row).action.status == core::ActionStatus::done;
  m_model->ChangeValue(wxVariant(!done), m_model->GetItem(row), column(ActionColumn::done));
}

void ActionsPage::EditSelectedCell() {
  const auto id = SelectedAction();
  if (!id) return;
  const wxDataViewItem item = m_model->GetItem(*m_model->RowOf(*id));
  wxDataViewColumn* focused = m_view->GetCurrentColumn();
  const auto focused_column = focused ? static_cast<ActionColumn>(focused->GetModelColumn()) : ActionColumn::title;
  switch (focused_column) {
    case ActionColumn::done:
      ToggleSelectedDone();
      return;
    case ActionColumn::department:
    case ActionColumn::status:
      ChooseValue(item, focused_column);
      return;
    case ActionColumn::title:
    case ActionColumn::owner:
    case ActionColumn::due:
    case ActionColumn::note:
      break;
    case ActionColumn::place:
    case ActionColumn::age:
      focused = m_view->GetColumn(column(ActionColumn::title));
      break;  // read-only
  }
  m_view->SetFocus();
  m_view->EditItem(item, focused ? focused : m_view->GetColumn(column(ActionColumn::title)));
}

void ActionsPage::ChooseValue(const wxDataViewItem& item, ActionColumn c) {
  const unsigned row = m_model->GetRow(item);
  if (row >= m_model->RowCount()) return;
  const std::int64_t id = m_model->RowAt(row).action.id;
  const wxArrayString choices = c == ActionColumn::status ? status_labels() : m_model->DepartmentChoices();
  wxVariant current;
  m_model->GetValueByRow(current, row, column(c));
  wxMenu menu;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    wxString label = choices[i];
    label.Replace("&", "&&");  // a name, not a mnemonic
    menu.AppendRadioItem(static_cast<int>(i) + 1, label)->Check(choices[i] == current.GetString());
  }
  const wxRect cell = m_view->GetItemRect(item, m_view->GetColumn(column(c)));
  m_editing = true;  // a reload now would move the rows under the open menu
  const int chosen =
      m_view->GetPopupMenuSelectionFromUser(menu, cell.IsEmpty() ? wxDefaultPosition : cell.GetBottomLeft());
  m_editing = false;
  const auto now = m_model->RowOf(id);
  if (chosen == wxID_NONE || !now) return;
  m_model->ChangeValue(choices[static_cast<std::size_t>(chosen - 1)], m_model->GetItem(*now), column(c));
}

int ActionsPage::RowCount() const { return static_cast<int>(m_model->RowCount()); }

bool ActionsPage::SelectAction(std::int64_t id) {
  const auto row = m_model->RowOf(id);
  if (!row) return false;
  const wxDataViewItem item = m_model->GetItem(*row);
  m_view->Select(item);
  m_view->EnsureVisible(item);
  ShowHistory();
  return true;
}

std::optional<std::int64_t> ActionsPage::SelectedAction() const {
  const wxDataViewItem item = m_view->GetSelection();
  if (!item.IsOk()) return std::nullopt;
  const unsigned row = m_model->GetRow(item);
  if (row >= m_model->RowCount()) return std::nullopt;
  return m_model->RowAt(row).action.id;
}

int ActionsPage::HistoryRowCount() const { return m_history->GetItemCount(); }

wxString ActionsPage::ShownMessage() const { return m_message; }

}  // namespace huddle::ui
