#include "ui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include <fmt/format.h>

#include "core/time/local_format.h"
#include "ui/error_guard.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/agenda_page.h"
#include "ui/pages/places_page.h"
#include "ui/pages/today_page.h"
#include "ui/ui_text.h"

namespace huddle::ui {

std::optional<PageId> ParsePageId(const std::string& name) {
  static const std::array<const char*, 4> kNames = {"today", "places", "agenda", "actions"};
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (name == kNames[i]) return static_cast<PageId>(i);
  }
  return std::nullopt;
}

MainFrame::MainFrame(core::Workspace& workspace, const core::Clock& clock)
    : wxFrame(nullptr, wxID_ANY, _("Huddle"), wxDefaultPosition, wxSize(1400, 860)),
      m_workspace(workspace),
      m_clock(clock) {
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  m_nav = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(170, -1), 0, nullptr, 0, wxDefaultValidator,
                        "navigation");
  for (const wxString& name : {_("Today"), _("Places"), _("Agenda"), _("Actions")}) m_nav->Append(name);
  wxFont navFont = m_nav->GetFont();
  navFont.SetFractionalPointSize(navFont.GetFractionalPointSize() * 1.3);
  m_nav->SetFont(navFont);
  m_book = new wxSimplebook(this);
  m_today = new TodayPage(m_book, workspace, clock);
  m_places = new PlacesPage(m_book, workspace, clock);
  m_agenda = new AgendaPage(m_book, workspace, clock);
  m_actions = new ActionsPage(m_book, workspace, clock);
  for (Page* page : std::array<Page*, 4>{m_today, m_places, m_agenda, m_actions}) m_book->AddPage(page, "");
  sizer->Add(m_nav, 0, wxEXPAND | wxALL, 4);
  sizer->Add(m_book, 1, wxEXPAND);
  SetSizer(sizer);
  CreateStatusBar(2);
  BuildMenus();
  m_nav->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { OnNavigate(); });
  ShowPage(PageId::today);
}

void MainFrame::BuildMenus() {
  auto* file = new wxMenu;
  file->Append(wxID_EXIT);
  auto* view = new wxMenu;
  view->Append(wxID_REFRESH, _("&Reload\tCtrl+R"), _("Read the database again"));
  auto* help = new wxMenu;
  help->Append(wxID_ABOUT);
  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(view, _("&View"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Reload(); }, wxID_REFRESH);
  Bind(wxEVT_MENU, [](wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName("Huddle");
    info.SetVersion(HUDDLE_VERSION);
    info.SetDescription(_("Runs a city's daily Coordinated Response Team huddle: ranks the high-response locations "
                          "from the overnight 311 and EMS extracts, drafts the agenda and tracks the actions."));
    wxAboutBox(info);
  }, wxID_ABOUT);
}

void MainFrame::ShowPage(PageId id) {
  const int index = static_cast<int>(id);
  m_nav->SetSelection(index);
  m_book->ChangeSelection(static_cast<size_t>(index));
  Reload();
}

PageId MainFrame::CurrentPage() const { return static_cast<PageId>(m_book->GetSelection()); }

void MainFrame::OnNavigate() {
  if (m_nav->GetSelection() == wxNOT_FOUND) return;
  ShowPage(static_cast<PageId>(m_nav->GetSelection()));
}

void MainFrame::Reload() {
  guarded(this, [this] {
    static_cast<Page*>(m_book->GetCurrentPage())->Reload();
    UpdateStatus();
  });
}

void MainFrame::UpdateStatus() {
  const auto schedule = m_workspace.settings.schedule();
  const auto window = schedule.current_at(m_clock.now());
  SetTitle(wx(fmt::format("Huddle — {} — {}", m_workspace.settings.city_name, core::format_long_date(window.date))));
  SetStatusText(wx(fmt::format("{} events stored", m_workspace.store->events().count())), 0);
  SetStatusText(wx(m_workspace.paths.database.string()), 1);
}

}  // namespace huddle::ui
