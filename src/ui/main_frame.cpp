#include "ui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/print.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include <fmt/format.h>

#include "core/jobs/packet_job.h"
#include "core/time/local_format.h"
#include "core/error.h"
#include "core/scoped_path.h"
#include "ui/background_task.h"
#include "ui/dialogs/about_box.h"
#include "ui/dialogs/export_packet_dialog.h"
#include "ui/dialogs/import_dialog.h"
#include "ui/packet_printout.h"
#include "ui/error_guard.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/agenda_page.h"
#include "ui/pages/places_page.h"
#include "ui/pages/today_page.h"
#include "ui/ui_text.h"
#include "ui/window_memory.h"

namespace huddle::ui {
namespace {

const int kPullNow = wxNewId();
const int kNewAction = wxNewId();
const int kToggleDone = wxNewId();
const int kEditCell = wxNewId();
const int kExportPacket = wxNewId();
const int kOpenDatabase = wxNewId();
const int kShortcuts = wxNewId();
const int kPresenter = wxNewId();

}  // namespace

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
  m_actions->SetCurrentPlaceSource([this] { return m_places->SelectedPlace(); });
  m_today->SetPullCommand([this] { StartPull(); }, [this] { return Pulling(); });
  sizer->Add(m_nav, 0, wxEXPAND | wxALL, 4);
  sizer->Add(m_book, 1, wxEXPAND);
  SetSizer(sizer);
  CreateStatusBar(2);
  const int widths[] = {-1, -1};
  SetStatusWidths(2, widths);
  BuildMenus();
  m_nav->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { OnNavigate(); });
  RestoreLayout();
}

void MainFrame::BuildMenus() {
  auto* file = new wxMenu;
  m_memory = std::make_unique<WindowMemory>(m_workspace.paths.config_dir);
  auto* recent = new wxMenu;
  m_memory->UseRecentMenu(recent);
  file->Append(kOpenDatabase, _("Open &database...\tCtrl+O"), _("Open another Huddle database"));
  file->AppendSubMenu(recent, _("Open &recent"), _("Open a database opened before"));
  file->AppendSeparator();
  file->Append(wxID_OPEN, _("&Import extracts...\tCtrl+I"), _("Import 311 and EMS extract files"));
  file->Append(kPullNow, _("&Pull now\tCtrl+Shift+P"), _("Import every source configured in settings.toml"));
  file->Append(wxID_STOP, _("&Stop pulling"), _("Stop the pull; the file being imported is rolled back"));
  file->AppendSeparator();
  file->Append(kExportPacket, _("&Export packet...\tCtrl+E"),
               _("Write the huddle's packet: PDF, workbook and agenda files"));
  file->Append(wxID_PREVIEW, _("Print pre&view..."), _("See the printed packet's pages"));
  file->Append(wxID_PRINT, _("&Print...\tCtrl+P"), _("Print the packet"));
  file->AppendSeparator();
  file->Append(wxID_EXIT);
  auto* edit = new wxMenu;
  edit->Append(wxID_PREFERENCES, _("&Settings...\tCtrl+,"),
               _("City and schedule, sources, category weights, departments, ranking, map and packet"));
  auto* view = new wxMenu;
  view->Append(wxID_REFRESH, _("&Reload\tCtrl+R"), _("Read the database again"));
  view->Append(kPresenter, _("Pre&senter mode\tF5"), _("Run the huddle full screen for the room, from the keyboard"));
  auto* actions = new wxMenu;
  actions->Append(kNewAction, _("&New action...\tCtrl+N"),
                  _("Add an action, for your department and the place selected on the Places page"));
  actions->Append(kToggleDone, _("Mark &done or reopen\tCtrl+D"), _("Tick or untick Done on the selected action"));
  actions->Append(kEditCell, _("&Edit the selected cell\tF2"),
                  _("Edit the chosen column of the selected action (Left and Right choose the column)"));
  auto* help = new wxMenu;
  help->Append(kShortcuts, _("&Keyboard shortcuts\tF1"),
               _("Every shortcut of the menus, the Agenda page and presenter mode"));
  help->Append(wxID_ABOUT);
  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(edit, _("&Edit"));
  bar->Append(view, _("&View"));
  bar->Append(actions, _("&Actions"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowImportDialog(); }, wxID_OPEN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowOpenDatabaseDialog(); }, kOpenDatabase);
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
    const auto databases = RecentDatabases();
    const auto index = static_cast<std::size_t>(e.GetId() - wxID_FILE1);
    if (index < databases.size()) OpenDatabase(databases[index]);
  }, wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowSettingsDialog(); }, wxID_PREFERENCES);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowShortcutsDialog(); }, kShortcuts);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { StartPull(); }, kPullNow);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (m_pull) m_pull->Cancel();
  }, wxID_STOP);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(Pulling()); }, wxID_STOP);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!Pulling()); }, kPullNow);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowExportDialog(); }, kExportPacket);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { StartPrint(PrintMode::preview); }, wxID_PREVIEW);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { StartPrint(PrintMode::print); }, wxID_PRINT);
  for (const int id : {wxID_PREVIEW, wxID_PRINT}) {
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_print); }, id);
  }
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Reload(); }, wxID_REFRESH);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    ShowPage(PageId::agenda);  // the chair's screen shows the run-of-show behind the console
    m_agenda->ShowPresenter();
  }, kPresenter);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    ShowPage(PageId::actions);  // the new action shows there, selected
    m_actions->QuickAdd();
  }, kNewAction);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_actions->ToggleSelectedDone(); }, kToggleDone);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_actions->EditSelectedCell(); }, kEditCell);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(CurrentPage() == PageId::actions && m_actions->SelectedAction().has_value());
  }, kToggleDone, kEditCell);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { wxAboutBox(AboutInfo(m_workspace.paths), this); }, wxID_ABOUT);
}

void MainFrame::ShowPage(PageId id) {
  const int index = static_cast<int>(id);
  m_nav->SetSelection(index);
  m_book->ChangeSelection(static_cast<size_t>(index));
  Reload();
}

void MainFrame::ShowImportDialog() {
  ImportDialog dialog(this, m_workspace, m_clock);
  dialog.ShowModal();
  if (dialog.Imported()) Reload();
}

void MainFrame::StartPull() {
  if (Pulling()) return;
  if (m_workspace.settings.sources.empty()) {
    SetStatusText(_("No sources to pull: add [[source]] entries to settings.toml."), 0);
    return;
  }
  const auto paths = m_workspace.paths;
  const core::Clock& clock = m_clock;
  auto report = std::make_shared<core::PullReport>();
  m_pull_report = report;
  auto work = [paths, &clock, report](core::ProgressSink& progress) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection
    const core::TemporaryFolder scratch(std::filesystem::temp_directory_path(), "huddle-pull-");
    *report = core::run_pull_job(*ws.store, ws.settings, ws.load_profiles(), ws.categories, clock, progress, scratch.path());
  };
  auto on_progress = [this](const std::string& what, long done, long total) {
    SetStatusText(wxString::Format(_("Pulling: %s (%ld%%)"), wx(what), 100 * done / std::max(total, 1L)), 0);
  };
  m_pull = std::make_unique<BackgroundTask>(this, work, on_progress, [this](std::exception_ptr e) { OnPullDone(e); });
  SetStatusText(_("Pulling..."), 0);
}

void MainFrame::OnPullDone(std::exception_ptr error) {
  wxString status;
  try {
    if (error) std::rethrow_exception(error);
    long added = 0, updated = 0, failed = 0;
    wxString failures;
    for (const auto& source : m_pull_report->sources) {
      for (const auto& r : source.imports) {
        added += r.accepted;
        updated += r.updated;
      }
      if (!source.error.empty()) {
        ++failed;
        failures += wx(source.source) + ": " + wx(source.error) + "\n";
      }
    }
    status = wxString::Format(_("Pull finished: %ld new, %ld updated reports from %ld sources"), added, updated,
                              static_cast<long>(m_pull_report->sources.size()));
    if (failed) status += wxString::Format(_("; %ld failed"), failed);
    if (failed) show_error(this, (_("Some sources could not be pulled:") + "\n" + failures).utf8_string());
  } catch (const Cancelled&) {
    status = _("Pull stopped; the file being imported was rolled back.");
  } catch (const std::exception& e) {
    status = wxString::Format(_("Pull failed: %s"), wx(e.what()));
  }
  m_pull.reset();
  SetStatusText(status, 0);
  Reload();
}

bool MainFrame::Pulling() const { return m_pull && m_pull->Running(); }

core::Date MainFrame::PacketDate() const {
  if (const auto shown = m_agenda->HuddleDate()) return *shown;
  return m_workspace.settings.schedule().current_at(m_clock.now()).date;
}

void MainFrame::ShowExportDialog() {
  ExportPacketDialog dialog(this, m_workspace, m_clock, PacketDate());
  dialog.ShowModal();
  if (!dialog.Written().empty()) Reload();  // exporting may have created the day's huddle
}

void MainFrame::StartPrint(PrintMode mode) {
  if (m_print) return;
  const auto paths = m_workspace.paths;
  const core::Clock& clock = m_clock;
  const core::Date date = PacketDate();
  auto packet = std::make_shared<std::optional<core::Packet>>();
  auto work = [paths, &clock, date, packet](core::ProgressSink&) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection
    const auto brief = core::open_huddle(*ws.store, ws.settings, ws.categories, ws.settings.schedule(), date);
    *packet = core::gather_packet(ws, brief, clock.now());
  };
  auto on_done = [this, mode, packet](std::exception_ptr error) {
    m_print.reset();
    guarded(this, [&] {
      if (error) std::rethrow_exception(error);
      ShowPrint(mode, std::make_shared<const core::Packet>(std::move(**packet)));
    });
  };
  m_print = std::make_unique<BackgroundTask>(this, work, [](const std::string&, long, long) {}, on_done);
  SetStatusText(_("Preparing the packet..."), 0);
}

void MainFrame::ShowPrint(PrintMode mode, std::shared_ptr<const core::Packet> packet) {
  auto document = std::make_shared<const core::PacketDocument>(*packet);
  wxPrintData print_data;
  print_data.SetPaperId(packet->paper == core::PaperSize::a4 ? wxPAPER_A4 : wxPAPER_LETTER);
  wxPrintDialogData dialog_data(print_data);
  SetStatusText(wxString::Format(_("Packet of %s: %ld pages"), wx(core::format_long_date(packet->brief.huddle.date)),
                                 static_cast<long>(document->page_count())), 0);
  if (mode == PrintMode::print) {
    wxPrinter printer(&dialog_data);
    PacketPrintout printout(packet, document);
    if (!printer.Print(this, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR) {
      show_error(this, _("The packet could not be printed.").utf8_string());
    }
    return;
  }
  auto* preview = new wxPrintPreview(new PacketPrintout(packet, document), new PacketPrintout(packet, document),
                                     &dialog_data);
  if (!preview->IsOk()) {
    delete preview;
    show_error(this, _("The print preview could not be shown (no printing system?).").utf8_string());
    return;
  }
  auto* frame = new wxPreviewFrame(preview, this, _("Huddle packet - print preview"), wxDefaultPosition,
                                   wxSize(1000, 900));
  frame->Initialize();
  frame->Show();
}

wxString MainFrame::StatusText() const { return GetStatusBar()->GetStatusText(0); }

MainFrame::~MainFrame() = default;

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
  if (Pulling()) return;  // the pull's progress owns the status bar until it ends
  const auto schedule = m_workspace.settings.schedule();
  const auto window = schedule.current_at(m_clock.now());
  SetTitle(wx(fmt::format("Huddle \u2014 {} \u2014 {}", m_workspace.settings.city_name,
                          core::format_long_date(window.date))));
  if (!m_pull_report) {
    SetStatusText(wxString::Format(_("%ld events stored"), static_cast<long>(m_workspace.store->events().count())), 0);
  }
  SetStatusText(wx(m_workspace.paths.database.string()), 1);
}

}  // namespace huddle::ui
