#include "ui/pages/agenda_page.h"

#include <algorithm>
#include <map>
#include <utility>

#include <wx/arrstr.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/html/htmlwin.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/huddle/countdown.h"
#include "core/huddle/run_of_show.h"
#include "core/error.h"
#include "core/jobs/brief_job.h"
#include "core/jobs/decision_job.h"
#include "core/report/text_escape.h"
#include "core/time/duration_text.h"
#include "core/time/local_format.h"
#include "ui/background_task.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/dialogs/no_action_dialog.h"
#include "ui/environment.h"
#include "ui/error_guard.h"
#include "ui/presenter/presenter_frame.h"
#include "ui/ui_text.h"
#include "ui/widgets/carried_actions_list.h"
#include "ui/widgets/run_of_show_list.h"
#include "ui/wx_date.h"

namespace huddle::ui {

struct AgendaPage::Opened {
  core::HuddleBrief brief;
};

namespace {

/// Pages of the context box beside the selected item's fields.
enum ContextPage { kHint, kDecision, kCarried };

constexpr int kNewItemSeconds = 60;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

wxString state_label(core::HuddleState state) {
  switch (state) {
    case core::HuddleState::draft: return _("Draft");
    case core::HuddleState::live: return _("Live");
    case core::HuddleState::closed: return _("Closed");
  }
  return {};
}

/// A bold label; an ellipsized one may be narrower than its text, so a long place name never widens the page.
wxStaticText* bold(wxWindow* parent, const wxString& text, double scale = 1.0, long style = 0) {
  auto* label = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, style);
  wxFont font = label->GetFont().Bold();
  font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
  label->SetFont(font);
  if (style & wxST_ELLIPSIZE_END) label->SetMinSize(wxSize(label->FromDIP(100), -1));
  return label;
}

wxButton* button(wxWindow* parent, const wxString& label, const wxString& name, const wxString& tip = {}) {
  auto* b = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
  if (!tip.empty()) b->SetToolTip(tip);
  return b;
}

/// `parts` with `separator` between them.
wxString joined(const wxArrayString& parts, const wxString& separator) {
  wxString out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? wxString() : separator) + parts[i];
  return out;
}

/// "Sharps sweep (PWD, Crew 4, due Fri 27 Nov)".
wxString action_line(const core::Action& a, const std::map<std::int64_t, std::string>& departments) {
  wxArrayString parts;
  if (const auto d = departments.find(a.department_id); d != departments.end()) parts.Add(wx(d->second));
  if (!a.owner.empty()) parts.Add(wx(a.owner));
  if (a.due) parts.Add(wxString::Format(_("due %s"), wx(core::format_short_date(*a.due))));
  return parts.empty() ? wx(a.title) : wxString::Format("%s (%s)", wx(a.title), joined(parts, ", "));
}

}  // namespace

AgendaPage::AgendaPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock), m_timer(this), m_seat(seat()) {
  BuildLayout();
  BindEvents();
  m_in_force = m_workspace.settings.schedule().current_at(m_clock.now()).date;
  m_date->SetValue(to_wx_date(m_in_force));
  UpdateControls();
}

AgendaPage::~AgendaPage() {
  if (m_window) m_window->Unbind(wxEVT_CHAR_HOOK, &AgendaPage::OnWindowCharHook, this);
}

void AgendaPage::BuildLayout() {
  // Created in tab order: the date and its huddle, the huddles so far, who is present; then the run-of-show, its
  // buttons, the selected item's fields and its decision. A label with a mnemonic comes just before its control.
  auto* left = new wxBoxSizer(wxVERTICAL);
  left->Add(new wxStaticText(this, wxID_ANY, _("Huddle &date:")), 0, wxBOTTOM, FromDIP(4));
  m_date = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "huddle date");
  left->Add(m_date, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
  m_open = button(this, _("&Create / open huddle"), "open huddle",
                  _("Opens the huddle of the chosen date; creates it (ranks the places, drafts the run-of-show) when "
                    "there is none yet"));
  left->Add(m_open, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
  m_presenter_mode = button(this, _("Presenter mode (F&5)"), "presenter mode",
                            _("Run the huddle full screen for the room: big type, a countdown, the place's map and "
                              "actions; keys only"));
  left->Add(m_presenter_mode, 0, wxEXPAND | wxBOTTOM, FromDIP(12));
  left->Add(new wxStaticText(this, wxID_ANY, _("Huddles so far:")), 0, wxBOTTOM, FromDIP(4));
  m_huddles = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                             wxDefaultValidator, "huddles");
  m_huddles->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
  m_huddles->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(60));
  m_huddles->AppendColumn(_("Present"), wxLIST_FORMAT_RIGHT, FromDIP(60));
  m_huddles->SetMinSize(FromDIP(wxSize(250, 120)));
  left->Add(m_huddles, 2, wxEXPAND | wxBOTTOM, FromDIP(12));
  left->Add(new wxStaticText(this, wxID_ANY, _("Attendin&g:")), 0, wxBOTTOM, FromDIP(4));
  m_present = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                                 "departments present");
  m_present->SetMinSize(FromDIP(wxSize(250, 120)));  // long names are cut rather than squeeze the run-of-show
  left->Add(m_present, 3, wxEXPAND);

  auto* right = new wxBoxSizer(wxVERTICAL);
  m_state = bold(this, "", 1.2, wxST_ELLIPSIZE_END);
  right->Add(m_state, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  right->Add(new wxStaticText(this, wxID_ANY, _("&Run-of-show:")), 0, wxBOTTOM, FromDIP(4));
  m_items = new RunOfShowList(this, "run-of-show");
  // The agenda as the room and the packet read it, beside the editor; it follows every change.
  m_preview = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO, "agenda preview");
  m_preview->SetMinSize(FromDIP(wxSize(300, 200)));
  m_items->SetMinSize(FromDIP(wxSize(420, 200)));  // its columns' width is no reason to push the preview out
  auto* editor_row = new wxBoxSizer(wxHORIZONTAL);
  editor_row->Add(m_items, 3, wxEXPAND | wxRIGHT, FromDIP(6));
  editor_row->Add(m_preview, 2, wxEXPAND);
  right->Add(editor_row, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
  m_total = new wxStaticText(this, wxID_ANY, "");
  right->Add(m_total, 0, wxBOTTOM, FromDIP(6));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  m_up = button(this, _("Move &up"), "move up", _("Move the item up (Alt+Up)"));
  m_down = button(this, _("Move do&wn"), "move down", _("Move the item down (Alt+Down)"));
  m_add = button(this, _("Add &item"), "add item", _("Add an item after the selected one"));
  m_remove = button(this, _("Re&move item"), "remove item");
  m_start = button(this, _("&Start huddle"), "start huddle", _("Start the timer on the first item not run yet"));
  m_previous = button(this, _("&Previous item"), "previous item",
                      _("Back to the item before (Alt+Left, or Left in the run-of-show)"));
  m_next = button(this, _("Ne&xt item"), "next item",
                  _("Record this item's time and go to the next one (Alt+Right, or Right in the run-of-show)"));
  m_close = button(this, _("C&lose huddle"), "close huddle", _("Record this item's time and close the huddle"));
  for (wxButton* b : {m_up, m_down, m_add, m_remove}) buttons->Add(b, 0, wxRIGHT, FromDIP(4));
  buttons->AddStretchSpacer();
  for (wxButton* b : {m_start, m_previous, m_next, m_close}) buttons->Add(b, 0, wxLEFT, FromDIP(4));
  right->Add(buttons, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  auto* live = new wxBoxSizer(wxHORIZONTAL);
  m_running = bold(this, "", 1.6);
  m_running->SetName("live timer");
  m_live = bold(this, "", 1.3, wxST_ELLIPSIZE_END);
  m_live->SetName("live item");
  live->Add(m_running, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
  live->Add(m_live, 1, wxALIGN_CENTER_VERTICAL);
  right->Add(live, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

  auto* fields = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
  fields->AddGrowableCol(1);
  fields->AddGrowableRow(3);
  fields->Add(new wxStaticText(this, wxID_ANY, _("&Title:")), 0, wxALIGN_CENTER_VERTICAL);
  m_title = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "item title");
  fields->Add(m_title, 1, wxEXPAND);
  fields->Add(new wxStaticText(this, wxID_ANY, _("Time &box:")), 0, wxALIGN_CENTER_VERTICAL);
  m_time_box = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(80), -1), 0, wxDefaultValidator,
                              "time box");
  m_time_box->SetToolTip(_("Minutes and seconds, as 1:30; or whole minutes"));
  fields->Add(m_time_box, 0);
  fields->Add(new wxStaticText(this, wxID_ANY, _("Presented b&y:")), 0, wxALIGN_CENTER_VERTICAL);
  m_presenter = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                             "presenter");
  fields->Add(m_presenter, 1, wxEXPAND);
  fields->Add(new wxStaticText(this, wxID_ANY, _("Not&es:")), 0, wxALIGN_TOP);
  m_notes = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(60)), wxTE_MULTILINE,
                           wxDefaultValidator, "item notes");
  fields->Add(m_notes, 1, wxEXPAND);

  m_context = new wxSimplebook(this);
  auto* hint_page = new wxPanel(m_context);
  m_hint = new wxStaticText(hint_page, wxID_ANY, "");
  auto* hint_sizer = new wxBoxSizer(wxVERTICAL);
  hint_sizer->Add(m_hint, 1, wxEXPAND | wxALL, FromDIP(4));
  hint_page->SetSizer(hint_sizer);
  auto* decision_page = new wxPanel(m_context);
  m_place = bold(decision_page, "", 1.0, wxST_ELLIPSIZE_END);
  m_decision = new wxStaticText(decision_page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "decision");
  m_add_action = button(decision_page, _("Add acti&on..."), "add action",
                        _("An action agreed on this place: title, department, owner, due date"));
  m_no_action = button(decision_page, _("&No action..."), "no action", _("Nothing is to be done here; say why"));
  auto* decision_buttons = new wxBoxSizer(wxHORIZONTAL);
  decision_buttons->Add(m_add_action, 0, wxRIGHT, FromDIP(6));
  decision_buttons->Add(m_no_action, 0);
  auto* decision_sizer = new wxBoxSizer(wxVERTICAL);
  decision_sizer->Add(m_place, 0, wxBOTTOM, FromDIP(4));
  decision_sizer->Add(m_decision, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
  decision_sizer->Add(decision_buttons, 0);
  decision_page->SetSizer(decision_sizer);
  m_carried = new CarriedActionsList(m_context, "carried actions");
  m_context->AddPage(hint_page, "");
  m_context->AddPage(decision_page, "");
  m_context->AddPage(m_carried, "");

  auto* detail = new wxBoxSizer(wxHORIZONTAL);
  detail->Add(fields, 2, wxEXPAND | wxRIGHT, FromDIP(12));
  detail->Add(m_context, 3, wxEXPAND);
  right->Add(detail, 0, wxEXPAND);
  right->SetItemMinSize(detail, -1, FromDIP(150));

  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(left, 0, wxEXPAND | wxALL, FromDIP(8));
  sizer->Add(right, 1, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(sizer);
  left->SetMinSize(FromDIP(250), -1);
}

void AgendaPage::BindEvents() {
  m_date->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
    if (m_date->GetValue().IsValid()) guarded(this, [this] { ShowDate(ChosenDate()); });
  });
  m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OpenHuddle(); });
  m_huddles->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
    const auto row = static_cast<std::size_t>(e.GetIndex());
    if (row >= m_huddle_dates.size() || (m_brief && m_brief->huddle.date == m_huddle_dates[row])) return;
    m_date->SetValue(to_wx_date(m_huddle_dates[row]));
    guarded(this, [this] { ShowDate(ChosenDate()); });
  });
  m_present->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
    const auto row = static_cast<std::size_t>(e.GetInt());
    if (row < m_present_ids.size()) SetPresent(m_present_ids[row], m_present->IsChecked(static_cast<unsigned>(row)));
  });
  m_items->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { FillSelected(); });
  m_items->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { FillSelected(); });
  m_up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { MoveSelected(-1); });
  m_down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { MoveSelected(+1); });
  m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    AddItem();
    m_title->SetFocus();
    m_title->SelectAll();
  });
  m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnRemoveButton(); });
  m_start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StartHuddle(); });
  m_previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { PreviousItem(); });
  m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { NextItem(); });
  m_close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CloseHuddle(); });
  m_presenter_mode->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowPresenter(); });
  m_title->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { SetSelectedTitle(m_title->GetValue().utf8_string()); });
  m_time_box->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    // Saved as soon as it reads as a duration; marked while it does not.
    const bool ok = m_time_box->GetValue().empty() || SetSelectedTimeBox(m_time_box->GetValue().utf8_string());
    m_time_box->SetBackgroundColour(ok ? wxNullColour : wxColour(0xf8, 0xd7, 0xda));
    m_time_box->Refresh();
  });
  m_time_box->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    if (const auto* item = Selected()) m_time_box->ChangeValue(wx(core::format_mm_ss(item->planned_seconds)));
    m_time_box->SetBackgroundColour(wxNullColour);
    e.Skip();
  });
  m_presenter->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
    // Row 0 is "nobody"; then the departments in list order.
    const int row = e.GetSelection();
    SetSelectedPresenter(row <= 0 ? std::nullopt
                                  : std::optional(m_departments[static_cast<std::size_t>(row - 1)].id));
  });
  m_notes->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { SetSelectedNotes(m_notes->GetValue().utf8_string()); });
  m_add_action->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAddActionButton(); });
  m_no_action->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnNoActionButton(); });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { FillLive(); });
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) { OnCharHook(e); });
  m_window = wxGetTopLevelParent(this);
  if (m_window) m_window->Bind(wxEVT_CHAR_HOOK, &AgendaPage::OnWindowCharHook, this);
}

// --- Reading ---------------------------------------------------------------------------------------------------

core::Date AgendaPage::ChosenDate() const { return from_wx_date(m_date->GetValue()); }

void AgendaPage::Reload() {
  m_departments = m_workspace.store->departments().list();
  m_presenter->Clear();
  m_presenter->Append(_("(nobody)"));
  for (const auto& d : m_departments) m_presenter->Append(wx(d.name));
  FillHuddles();
  if (Busy()) return;  // the huddle being opened shows when it is ready
  // Left open overnight, the page moves on to the new morning, unless a huddle is being run.
  const core::Date in_force = m_workspace.settings.schedule().current_at(m_clock.now()).date;
  if (in_force != m_in_force) {
    if (!Live() && (m_brief ? m_brief->huddle.date : ChosenDate()) == m_in_force) {
      m_brief.reset();
      m_date->SetValue(to_wx_date(in_force));
    }
    m_in_force = in_force;
  }
  const core::Date date = m_brief ? m_brief->huddle.date : ChosenDate();
  if (auto stored = m_workspace.store->huddles().by_date(date)) {
    ShowBrief(core::read_brief(*m_workspace.store, *stored));
  } else {
    ShowNoHuddle(date);
  }
}

void AgendaPage::ShowDate(core::Date date) {
  if (Busy()) return;
  if (m_brief && m_brief->huddle.date == date) return;
  if (auto stored = m_workspace.store->huddles().by_date(date)) {
    ShowBrief(core::read_brief(*m_workspace.store, *stored));
  } else {
    ShowNoHuddle(date);
  }
}

void AgendaPage::OpenHuddle() {
  if (Busy() || !m_date->GetValue().IsValid()) return;
  auto opened = std::make_shared<Opened>();
  const auto paths = m_workspace.paths;
  const core::Settings settings = m_workspace.settings;
  const auto categories = m_workspace.categories;
  const core::Date date = ChosenDate();
  auto work = [paths, settings, categories, date, opened](core::ProgressSink&) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection; settings and weights are the page's
    opened->brief = core::open_huddle(*ws.store, settings, categories, settings.schedule(), date);
  };
  m_state->SetLabelText(wxString::Format(_("Opening the huddle of %s: ranking the places, drafting the run-of-show..."),
                                         wx(core::format_long_date(date))));
  m_task = std::make_unique<BackgroundTask>(this, work, nullptr,
                                            [this, opened](std::exception_ptr error) { OnOpened(opened, error); });
  UpdateControls();
}

void AgendaPage::OnOpened(std::shared_ptr<Opened> opened, std::exception_ptr error) {
  m_task.reset();
  try {
    if (error) std::rethrow_exception(error);
    m_departments = m_workspace.store->departments().list();
    FillHuddles();
    ShowBrief(std::move(opened->brief));
    if (m_items->GetItemCount() > 0) {
      SelectItem(0);
      m_items->SetFocus();
    }
  } catch (const std::exception& e) {
    m_state->SetLabelText(wxString::Format(_("The huddle could not be opened: %s"), wx(e.what())));
    UpdateControls();
  }
}

void AgendaPage::ShowBrief(core::HuddleBrief brief) {
  const bool same = m_brief && m_brief->huddle.id == brief.huddle.id;
  const std::size_t selected = same ? SelectedItem().value_or(kNone) : kNone;
  m_brief = std::move(brief);
  m_agreed.clear();
  for (auto& a : m_workspace.store->actions().list()) {
    if (a.huddle_id == m_brief->huddle.id) m_agreed.push_back(std::move(a));
  }
  FillHuddle();
  if (selected < m_brief->agenda.size()) SelectItem(selected);
}

void AgendaPage::FillHuddle() {
  const auto& huddle = m_brief->huddle;
  if (huddle.state != core::HuddleState::live || m_brief->agenda.empty()) {
    if (m_run_huddle == huddle.id) m_run.reset();
  } else if (!m_run || m_run_huddle != huddle.id) {
    // Live without a run here: started at another seat, or before the program was restarted. Resume it.
    m_run = core::start_live_run(m_brief->agenda, m_clock.now());
    m_run_huddle = huddle.id;
  } else {
    m_run->current = std::min(m_run->current, m_brief->agenda.size() - 1);
  }
  if (m_run) {
    if (!m_timer.IsRunning()) m_timer.Start(1000);
  } else {
    m_timer.Stop();
  }
  m_date->SetValue(to_wx_date(huddle.date));
  const auto schedule = m_workspace.settings.schedule();
  m_state->SetLabelText(wxString::Format(_("%s: %s - data window %s to %s"), wx(core::format_long_date(huddle.date)),
                                         state_label(huddle.state),
                                         wx(core::format_local(huddle.window_start_utc, schedule)),
                                         wx(core::format_local(huddle.cutoff_utc, schedule))));
  FillPresent();
  FillItems();
  FillSelected();
  MarkShownHuddle();
}

void AgendaPage::MarkShownHuddle() {
  for (std::size_t row = 0; row < m_huddle_dates.size(); ++row) {
    // Selecting the shown huddle's row changes nothing else (the list's handler sees it is shown already).
    m_huddles->Select(static_cast<long>(row), m_brief && m_huddle_dates[row] == m_brief->huddle.date);
  }
}

void AgendaPage::ShowNoHuddle(core::Date date) {
  m_brief.reset();  // a live run elsewhere keeps its item and clock (m_run) for when its huddle is shown again
  m_agreed.clear();
  m_state->SetLabelText(wxString::Format(_("%s: no huddle yet"), wx(core::format_long_date(date))));
  m_present->Clear();
  m_present_ids.clear();
  FillItems();
  FillSelected();
  MarkShownHuddle();
}

void AgendaPage::FillHuddles() {
  m_huddles->DeleteAllItems();
  m_huddle_dates.clear();
  for (const auto& h : m_workspace.store->huddles().list()) {
    const long row = m_huddles->InsertItem(m_huddles->GetItemCount(), wx(core::format_short_date(h.date)));
    m_huddles->SetItem(row, 1, state_label(h.state));
    m_huddles->SetItem(row, 2, wxString::Format("%zu", h.attendance.size()));
    m_huddle_dates.push_back(h.date);
  }
  MarkShownHuddle();
}

void AgendaPage::FillPresent() {
  m_present->Clear();
  m_present_ids.clear();
  const auto& attendance = m_brief->huddle.attendance;
  for (const auto& d : m_departments) {
    const bool present = std::find(attendance.begin(), attendance.end(), d.id) != attendance.end();
    if (!d.active && !present) continue;  // an inactive department only shows where it attended
    const int row = m_present->Append(wx(d.name));
    m_present->Check(static_cast<unsigned>(row), present);
    m_present_ids.push_back(d.id);
  }
}

void AgendaPage::FillItems() {
  if (!m_brief) {
    m_items->ShowItems({}, {}, std::nullopt);
    FillTotals();
    FillLive();
    FillPreview();
    return;
  }
  std::map<std::int64_t, wxString> presenters;
  for (const auto& d : m_departments) presenters[d.id] = wx(d.short_name.empty() ? d.name : d.short_name);
  std::vector<RunOfShowRow> rows;
  for (const auto& item : m_brief->agenda) {
    RunOfShowRow row;
    if (item.presenter_department) row.presenter = presenters[*item.presenter_department];
    row.decision = DecisionOf(item, false);
    rows.push_back(row);
  }
  m_items->ShowItems(m_brief->agenda, rows, CurrentItem());
  FillTotals();
  FillLive();
  FillPreview();
}

void AgendaPage::FillPreview() {
  if (!m_brief) {
    m_preview->SetPage("<html><body><p>" + _("The agenda shows here once the huddle is created.") + "</p></body></html>");
    return;
  }
  const int scrolled = m_preview->GetScrollPos(wxVERTICAL);
  try {
    m_preview->SetPage(wx(core::render_brief_agenda(m_workspace, m_workspace.settings.schedule(), *m_brief,
                                                    core::AgendaFormat::html)));
  } catch (const ConfigError& e) {  // a broken template of the user's: say so where the agenda would be
    m_preview->SetPage("<html><body><p><b>" + _("The agenda template cannot be used:") + "</b></p><p>" +
                       wx(core::escape_html(e.what())) + "</p></body></html>");
  }
  m_preview->Scroll(-1, scrolled);  // an edit keeps the reader's place
}

void AgendaPage::FillTotals() {
  if (!m_brief) {
    m_total->SetLabel("");
    return;
  }
  const auto& agenda = m_brief->agenda;
  const wxString planned = wx(core::format_mm_ss(core::planned_seconds(agenda)));
  wxString text = wxString::Format(_("%zu items, %s planned"), agenda.size(), planned);
  int actual = 0;
  long run = 0;
  for (const auto& item : agenda) {
    if (!item.actual_seconds) continue;
    actual += *item.actual_seconds;
    ++run;
  }
  if (run > 0) text += wxString::Format(_("; %ld of them run, in %s"), run, wx(core::format_mm_ss(actual)));
  m_total->SetLabel(text);
}

void AgendaPage::FillLive() {
  m_running->SetLabel("");
  if (!m_brief) {
    m_live->SetLabel(_("No huddle on this date yet: Create / open huddle ranks the places and drafts the "
                       "run-of-show."));
  } else if (m_brief->agenda.empty()) {
    m_live->SetLabel(_("No run-of-show was recorded for this huddle."));
  } else if (!Live()) {
    m_live->SetLabel(m_brief->huddle.state == core::HuddleState::closed
                         ? _("Closed. Resume huddle runs it again from where it stopped.")
                         : _("Not started. Start huddle starts the timer on the first item."));
  } else {
    const auto& item = m_brief->agenda[m_run->current];
    const int running = core::running_seconds(m_brief->agenda, *m_run, m_clock.now());
    m_running->SetLabel(wx(core::format_mm_ss(running)) + " / " + wx(core::format_mm_ss(item.planned_seconds)) +
                        (m_run->paused_at ? _(" (paused)") : wxString()));
    m_running->SetForegroundColour(running > item.planned_seconds ? wxColour(0xb0, 0x10, 0x10) : GetForegroundColour());
    m_live->SetLabelText(
        wxString::Format(_("Item %zu of %zu: %s"), m_run->current + 1, m_brief->agenda.size(), wx(item.title)));
  }
  const bool running = !m_running->GetLabel().empty();
  if (m_running->IsShown() != running) {
    m_running->Show(running);
    Layout();
  } else {
    m_running->GetContainingSizer()->Layout();  // the clock's text grows past 9:59
  }
  m_running->Refresh();
}

void AgendaPage::FillSelected() {
  const core::AgendaItem* item = Selected();
  m_title->ChangeValue(item ? wx(item->title) : wxString());
  m_time_box->ChangeValue(item ? wx(core::format_mm_ss(item->planned_seconds)) : wxString());
  m_time_box->SetBackgroundColour(wxNullColour);
  m_notes->ChangeValue(item ? wx(item->notes) : wxString());
  int presenter = 0;
  if (item && item->presenter_department) {
    for (std::size_t i = 0; i < m_departments.size(); ++i) {
      if (m_departments[i].id == *item->presenter_department) presenter = static_cast<int>(i) + 1;
    }
  }
  if (m_presenter->GetCount() > 0) m_presenter->SetSelection(presenter);

  m_hint->SetLabel("");
  if (!item) {
    m_context->ChangeSelection(kHint);
  } else if (item->kind == core::AgendaKind::place) {
    m_place->SetLabelText(wx(PlaceName(*item)));
    m_decision->SetLabelText(DecisionOf(*item, true));
    const int width = m_context->GetClientSize().GetWidth();
    if (width > FromDIP(80)) m_decision->Wrap(width - FromDIP(8));
    m_context->ChangeSelection(kDecision);
  } else if (item->kind == core::AgendaKind::overdue_actions) {
    std::map<std::int64_t, std::string> departments;
    for (const auto& d : m_departments) departments[d.id] = d.short_name.empty() ? d.name : d.short_name;
    m_carried->ShowActions(m_brief->carried, departments, m_workspace.settings.schedule(), m_brief->huddle.date);
    m_context->ChangeSelection(kCarried);
  } else {
    wxString hint;
    if (item->kind == core::AgendaKind::watch_list) {
      hint = _("New or surging, not in the top list:");
      for (const auto& p : m_brief->ranking.lists.watch) hint += "\n" + wx(p.place.name);
    } else if (item->kind == core::AgendaKind::elevated_risk) {
      hint = _("Reported by word of mouth only: no names are recorded, not even in the notes.");
    }
    m_hint->SetLabelText(hint);
    m_context->ChangeSelection(kHint);
  }
  UpdateControls();
}

void AgendaPage::UpdateControls() {
  const bool busy = Busy();
  const bool editable = Editable();
  const auto selected = SelectedItem();
  const bool live = Live();
  const std::size_t count = m_brief ? m_brief->agenda.size() : 0;
  m_open->Enable(!busy);
  m_date->Enable(!busy);
  m_present->Enable(editable);
  m_up->Enable(editable && selected && *selected > 0);
  m_down->Enable(editable && selected && *selected + 1 < count);
  m_add->Enable(editable);
  m_remove->Enable(editable && selected && !(live && m_run->current == *selected));
  m_start->Enable(m_brief && !busy && !live && count > 0);
  const wxString start = m_brief && m_brief->huddle.state == core::HuddleState::closed ? _("Re&sume huddle")
                                                                                       : _("&Start huddle");
  if (m_start->GetLabel() != start) {
    m_start->SetLabel(start);
    Layout();
  }
  m_previous->Enable(live && m_run->current > 0);
  m_next->Enable(live && m_run->current + 1 < count);
  m_close->Enable(live);
  for (wxWindow* field : std::initializer_list<wxWindow*>{m_title, m_time_box, m_presenter, m_notes}) {
    field->Enable(editable && selected);
  }
  const core::AgendaItem* item = Selected();
  const bool place = editable && item && item->kind == core::AgendaKind::place;
  m_add_action->Enable(place);
  bool agreed = false;
  if (item) {
    for (const auto& a : core::agreed_on_place(m_agreed, m_brief->huddle.id, item->place_id)) {
      agreed = agreed || a.status != core::ActionStatus::dropped;
    }
  }
  m_no_action->Enable(place && !agreed);
}

// --- Run-of-show edits ------------------------------------------------------------------------------------------

void AgendaPage::SetPresent(std::int64_t department_id, bool present) {
  if (!Editable()) return;
  guarded(this, [&] {
    auto huddle = m_brief->huddle;
    auto& attendance = huddle.attendance;
    attendance.erase(std::remove(attendance.begin(), attendance.end(), department_id), attendance.end());
    if (present) attendance.push_back(department_id);
    m_workspace.store->huddles().update(huddle);
    m_brief->huddle = std::move(huddle);
    for (std::size_t row = 0; row < m_present_ids.size(); ++row) {
      if (m_present_ids[row] == department_id) m_present->Check(static_cast<unsigned>(row), present);
    }
    FillHuddles();
  });
}

void AgendaPage::SelectItem(std::size_t index) {
  if (!m_brief || index >= m_brief->agenda.size()) return;
  const long row = static_cast<long>(index);
  m_items->Select(row);
  m_items->Focus(row);
  m_items->EnsureVisible(row);
  FillSelected();  // also when the row was selected already
}

void AgendaPage::SaveAgenda(std::optional<std::size_t> select) {
  m_workspace.store->huddles().set_agenda(m_brief->huddle.id, m_brief->agenda);
  FillItems();
  if (select) SelectItem(*select);
  FillSelected();
}

void AgendaPage::SaveItem(std::size_t index) {
  m_workspace.store->huddles().update_item(m_brief->agenda[index]);
  FillItems();
  UpdateControls();
}

void AgendaPage::MoveSelected(int delta) {
  const auto from = SelectedItem();
  if (!Editable() || !from) return;
  const long to_signed = static_cast<long>(*from) + delta;
  if (to_signed < 0 || to_signed >= static_cast<long>(m_brief->agenda.size())) return;
  const auto to = static_cast<std::size_t>(to_signed);
  guarded(this, [&] {
    auto& agenda = m_brief->agenda;
    std::swap(agenda[*from], agenda[to]);
    if (m_run && m_run->current == *from) {
      m_run->current = to;  // the item being run moves with its row
    } else if (m_run && m_run->current == to) {
      m_run->current = *from;
    }
    SaveAgenda(to);
  });
}

void AgendaPage::AddItem() {
  if (!Editable()) return;
  guarded(this, [&] {
    auto& agenda = m_brief->agenda;
    const auto selected = SelectedItem();
    const std::size_t at = selected ? *selected + 1 : agenda.size();
    core::AgendaItem item;
    item.kind = core::AgendaKind::other;
    item.title = _("New item").utf8_string();
    item.planned_seconds = kNewItemSeconds;
    agenda.insert(agenda.begin() + static_cast<std::ptrdiff_t>(at), item);
    if (m_run && m_run->current >= at) ++m_run->current;
    SaveAgenda(at);
  });
}

void AgendaPage::OnRemoveButton() {
  const core::AgendaItem* item = Selected();
  if (!item) return;
  const wxString question = wxString::Format(_("Remove \"%s\" from the run-of-show?"), wx(item->title));
  if (wxMessageBox(question, _("Remove item"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES) {
    RemoveSelected();
  }
}

void AgendaPage::RemoveSelected() {
  const auto selected = SelectedItem();
  if (!Editable() || !selected || (m_run && m_run->current == *selected)) return;
  guarded(this, [&] {
    auto& agenda = m_brief->agenda;
    agenda.erase(agenda.begin() + static_cast<std::ptrdiff_t>(*selected));
    if (m_run && m_run->current > *selected) --m_run->current;
    SaveAgenda(agenda.empty() ? std::nullopt : std::optional(std::min(*selected, agenda.size() - 1)));
  });
}

void AgendaPage::SetSelectedTitle(const std::string& title) {
  const auto selected = SelectedItem();
  if (!Editable() || !selected) return;
  guarded(this, [&] {
    m_brief->agenda[*selected].title = title;
    SaveItem(*selected);
  });
}

bool AgendaPage::SetSelectedTimeBox(const std::string& text) {
  const auto selected = SelectedItem();
  const auto seconds = core::parse_mm_ss(text);
  if (!Editable() || !selected || !seconds) return false;
  return guarded(this, [&] {
    m_brief->agenda[*selected].planned_seconds = *seconds;
    SaveItem(*selected);
  });
}

void AgendaPage::SetSelectedNotes(const std::string& notes) {
  const auto selected = SelectedItem();
  if (!Editable() || !selected) return;
  guarded(this, [&] {
    m_brief->agenda[*selected].notes = notes;
    SaveItem(*selected);
  });
}

void AgendaPage::SetSelectedPresenter(std::optional<std::int64_t> department_id) {
  const auto selected = SelectedItem();
  if (!Editable() || !selected) return;
  guarded(this, [&] {
    m_brief->agenda[*selected].presenter_department = department_id;
    SaveItem(*selected);
  });
}

// --- Running live -----------------------------------------------------------------------------------------------

void AgendaPage::StartHuddle() {
  if (!m_brief || Busy() || Live() || m_brief->agenda.empty()) return;
  guarded(this, [&] {
    core::set_huddle_state(*m_workspace.store, m_brief->huddle, core::HuddleState::live);
    m_run = core::start_live_run(m_brief->agenda, m_clock.now());
    m_run_huddle = m_brief->huddle.id;
    FillHuddle();
    SelectItem(m_run->current);
    FillHuddles();
  });
}

void AgendaPage::MoveLive(std::size_t to) {
  guarded(this, [&] {
    const std::size_t finished = core::move_live_run(m_brief->agenda, *m_run, to, m_clock.now());
    m_workspace.store->huddles().update_item(m_brief->agenda[finished]);
    FillItems();
    SelectItem(m_run->current);  // the fields and the decision follow the room
  });
}

void AgendaPage::NextItem() {
  if (Live() && m_run->current + 1 < m_brief->agenda.size()) MoveLive(m_run->current + 1);
}

void AgendaPage::PreviousItem() {
  if (Live() && m_run->current > 0) MoveLive(m_run->current - 1);
}

void AgendaPage::CloseHuddle() {
  if (!Live()) return;
  guarded(this, [&] {
    const std::size_t finished = core::move_live_run(m_brief->agenda, *m_run, m_run->current, m_clock.now());
    m_workspace.store->huddles().update_item(m_brief->agenda[finished]);
    core::set_huddle_state(*m_workspace.store, m_brief->huddle, core::HuddleState::closed);
    m_run.reset();
    FillHuddle();
    FillHuddles();
  });
}

void AgendaPage::OnWindowCharHook(wxKeyEvent& event) {
  // The mnemonics of the labels before the two lists, from anywhere in the window while the page is shown: GTK
  // would focus the lists' frames, which take no keys, instead of the lists.
  const int key = event.GetKeyCode();
  if (!IsShownOnScreen() || event.GetModifiers() != wxMOD_ALT || (key != 'R' && key != 'G')) {
    event.Skip();
    return;
  }
  (key == 'R' ? static_cast<wxWindow*>(m_items) : m_present)->SetFocus();
}

void AgendaPage::OnCharHook(wxKeyEvent& event) {
  const int key = event.GetKeyCode();
  const bool alt = event.GetModifiers() == wxMOD_ALT;
  const bool plain = event.GetModifiers() == wxMOD_NONE;
  const wxWindow* focus = FindFocus();
  const bool in_list = focus == m_items;
  // Alt+Up and Alt+Down open the date picker's calendar and the presenter's list: theirs to keep.
  bool in_dropdown = false;
  for (const wxWindow* w = focus; w && w != this; w = w->GetParent()) {
    in_dropdown = in_dropdown || w == m_date || w == m_presenter;
  }
  if (in_dropdown && alt && (key == WXK_UP || key == WXK_DOWN)) {
    event.Skip();
  } else if (alt && key == WXK_UP) {
    MoveSelected(-1);
  } else if (alt && key == WXK_DOWN) {
    MoveSelected(+1);
  } else if ((alt || (plain && in_list && Live())) && key == WXK_RIGHT) {
    NextItem();
  } else if ((alt || (plain && in_list && Live())) && key == WXK_LEFT) {
    PreviousItem();
  } else {
    event.Skip();
  }
}

// --- Decisions --------------------------------------------------------------------------------------------------

void AgendaPage::OnAddActionButton() { AskAction(this); }

void AgendaPage::AskAction(wxWindow* parent) {
  const core::AgendaItem* item = Selected();
  if (!Editable() || !item || item->kind != core::AgendaKind::place) return;
  const core::Date tomorrow{std::chrono::sys_days{m_brief->huddle.date} + std::chrono::days{1}};
  ActionFormDialog dialog(parent, _("Add action"),
                          {m_departments, m_last_department, tomorrow, {{item->place_id, PlaceName(*item)}}, true});
  if (dialog.ShowModal() == wxID_OK) AddAction(dialog.Request());
}

void AgendaPage::AddAction(const core::NewAction& draft) {
  const core::AgendaItem* item = Selected();
  if (!Editable() || !item || item->kind != core::AgendaKind::place) return;
  guarded(this, [&] {
    core::Action action;
    action.title = draft.title;
    action.department_id = draft.department_id;
    action.owner = draft.owner;
    action.due = draft.due;
    action.place_id = item->place_id;
    action.place_name = PlaceName(*item);
    action.created_utc = action.updated_utc = m_clock.now();
    core::agree_action(*m_workspace.store, m_brief->huddle, action, m_seat);
    m_last_department = draft.department_id;
    m_agreed.push_back(action);
    auto& decided = m_brief->no_actions;
    decided.erase(std::remove_if(decided.begin(), decided.end(),
                                 [&](const core::NoAction& n) { return n.place_id == action.place_id; }),
                  decided.end());
    FillItems();
    FillSelected();
  });
}

void AgendaPage::OnNoActionButton() { AskNoAction(this); }

void AgendaPage::AskNoAction(wxWindow* parent) {
  const core::AgendaItem* item = Selected();
  if (!Editable() || !item || item->kind != core::AgendaKind::place) return;
  std::string earlier;
  for (const auto& n : m_brief->no_actions) {
    if (n.place_id == item->place_id) earlier = n.reason;
  }
  if (auto reason = ShowNoActionDialog(parent, PlaceName(*item), earlier)) MarkNoAction(*reason);
}

void AgendaPage::MarkNoAction(const std::string& reason) {
  const core::AgendaItem* item = Selected();
  if (!Editable() || !item || item->kind != core::AgendaKind::place) return;
  guarded(this, [&] {
    const core::NoAction decision{item->place_id, reason, m_clock.now(), m_seat};
    core::agree_no_action(*m_workspace.store, m_brief->huddle, decision);
    m_brief->no_actions = m_workspace.store->huddles().no_actions(m_brief->huddle.id);
    FillItems();
    FillSelected();
  });
}

wxString AgendaPage::DecisionOf(const core::AgendaItem& item, bool in_full) const {
  if (item.kind != core::AgendaKind::place || !m_brief) return {};
  std::map<std::int64_t, std::string> departments;
  for (const auto& d : m_departments) departments[d.id] = d.short_name.empty() ? d.name : d.short_name;
  const auto agreed = core::agreed_on_place(m_agreed, m_brief->huddle.id, item.place_id);
  if (!agreed.empty()) {
    wxArrayString lines;
    for (const auto& a : agreed) lines.Add(in_full ? wx("\u2022 ") + action_line(a, departments) : wx(a.title));
    return in_full ? _("Actions agreed:") + "\n" + joined(lines, "\n") : joined(lines, "; ");
  }
  for (const auto& n : m_brief->no_actions) {
    if (n.place_id == item.place_id) return wxString::Format(_("No action: %s"), wx(n.reason));
  }
  return in_full ? _("No decision yet: add the actions agreed, or say why no action is needed.") : wxString();
}

// --- Small queries ----------------------------------------------------------------------------------------------

bool AgendaPage::Editable() const {
  return m_brief && !Busy() && m_brief->huddle.state != core::HuddleState::closed;
}

bool AgendaPage::Live() const {
  return m_brief && m_run && m_run_huddle == m_brief->huddle.id && m_brief->huddle.state == core::HuddleState::live;
}

const core::AgendaItem* AgendaPage::Selected() const {
  const auto selected = SelectedItem();
  return selected ? &m_brief->agenda[*selected] : nullptr;
}

std::string AgendaPage::PlaceName(const core::AgendaItem& item) const {
  for (const auto* list : {&m_brief->ranking.lists.top, &m_brief->ranking.lists.watch}) {
    for (const auto& p : *list) {
      if (p.place.id == item.place_id) return p.place.name;
    }
  }
  return item.title;  // a huddle stored without its ranking: the item names the place
}

int AgendaPage::RowCount() const { return m_huddles->GetItemCount(); }

bool AgendaPage::Busy() const { return m_task && m_task->Running(); }

std::int64_t AgendaPage::HuddleId() const { return m_brief ? m_brief->huddle.id : 0; }

std::optional<core::Date> AgendaPage::HuddleDate() const {
  if (!m_brief) return std::nullopt;
  return m_brief->huddle.date;
}

int AgendaPage::ItemCount() const { return m_items->GetItemCount(); }

wxString AgendaPage::ItemText(int row, int column) const { return m_items->GetItemText(row, column); }

std::optional<std::size_t> AgendaPage::SelectedItem() const {
  const long row = m_items->GetFirstSelected();
  if (!m_brief || row < 0 || static_cast<std::size_t>(row) >= m_brief->agenda.size()) return std::nullopt;
  return static_cast<std::size_t>(row);
}

std::optional<std::size_t> AgendaPage::CurrentItem() const {
  return Live() ? std::optional(m_run->current) : std::nullopt;
}

wxString AgendaPage::LiveText() const {
  const wxString running = m_running->GetLabelText();
  return running.empty() ? m_live->GetLabelText() : running + "  " + m_live->GetLabelText();
}

wxString AgendaPage::TotalText() const { return m_total->GetLabelText(); }

wxString AgendaPage::StateText() const { return m_state->GetLabelText(); }

wxString AgendaPage::DecisionText() const {
  const core::AgendaItem* item = Selected();
  return item ? DecisionOf(*item, true) : wxString();
}

int AgendaPage::CarriedRowCount() const { return m_carried->GetItemCount(); }

// --- What presenter mode drives and reads -----------------------------------------------------------------------

void AgendaPage::MarkActionDone(std::int64_t action_id) {
  if (!Editable()) return;
  guarded(this, [&] {
    // The stored action, not the page's copy: a department lead may have changed it at their desk meanwhile.
    auto action = m_workspace.store->actions().get(action_id);
    if (!action) throw Error("this action is no longer stored");
    core::ActionEdit edit;
    edit.status = core::ActionStatus::done;
    core::edit_action(*m_workspace.store, *action, edit, m_seat, m_clock.now());
    for (auto* list : {&m_agreed, &m_brief->carried}) {
      for (auto& a : *list) {
        if (a.id == action_id) a = *action;
      }
    }
    FillItems();
    FillSelected();
  });
}

void AgendaPage::PauseClock(bool paused) {
  if (!Live()) return;
  if (paused) {
    core::pause_live_run(*m_run, m_clock.now());
  } else {
    core::resume_live_run(*m_run, m_clock.now());
  }
  FillLive();
}

void AgendaPage::ChangeLiveTimeBox(int delta_seconds) {
  if (!Live()) return;
  guarded(this, [&] {
    auto& item = m_brief->agenda[m_run->current];
    item.planned_seconds = core::changed_time_box(item.planned_seconds, delta_seconds);
    SaveItem(m_run->current);
    FillSelected();  // the time box field, when the item is selected
  });
}

void AgendaPage::RecordLiveTime() {
  if (!Live()) return;
  guarded(this, [&] {
    const std::size_t recorded = core::record_live_run(m_brief->agenda, *m_run, m_clock.now());
    m_workspace.store->huddles().update_item(m_brief->agenda[recorded]);
    FillItems();
  });
}

void AgendaPage::ShowPresenter() { ui::ShowPresenter(wxGetTopLevelParent(this), *this, m_workspace); }

const core::HuddleBrief* AgendaPage::Brief() const { return m_brief ? &*m_brief : nullptr; }

const std::vector<core::Action>& AgendaPage::Agreed() const { return m_agreed; }

const std::vector<core::Department>& AgendaPage::Departments() const { return m_departments; }

std::optional<int> AgendaPage::RunningSeconds() const {
  if (!Live()) return std::nullopt;
  return core::running_seconds(m_brief->agenda, *m_run, m_clock.now());
}

bool AgendaPage::Paused() const { return Live() && m_run->paused_at.has_value(); }

}  // namespace huddle::ui
