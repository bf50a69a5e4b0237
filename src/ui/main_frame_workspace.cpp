// The main window's workspace commands: opening another database (File > Open database, Open recent), the
// Settings dialog, the remembered layout and the keyboard shortcuts. Kept apart from main_frame.cpp, which holds
// the pages and the packet commands.

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/simplebook.h>

#include "core/jobs/backup_job.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/dialogs/shortcuts_dialog.h"
#include "ui/error_guard.h"
#include "ui/main_frame.h"
#include "ui/shortcuts.h"
#include "ui/ui_text.h"
#include "ui/window_memory.h"

namespace huddle::ui {
namespace {

/// Keeps a workspace open as long as the main window on it: wx deletes a window's client object after its child
/// windows, so every page is gone before the workspace closes.
class OwnedWorkspace final : public wxClientData {
 public:
  explicit OwnedWorkspace(std::unique_ptr<core::Workspace> workspace) : m_workspace(std::move(workspace)) {}

 private:
  std::unique_ptr<core::Workspace> m_workspace;
};

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

}  // namespace

MainFrame* MainFrame::OpenWindow(const core::WorkspacePaths& paths, const core::Clock& clock) {
  auto workspace = std::make_unique<core::Workspace>(core::Workspace::open(paths));
  core::make_daily_backup(*workspace, clock.now());
  // A backup that could not be made (a full disk) is told, not fatal: the window opens all the same.
  for (const auto& warning : workspace->warnings) wxLogWarning("%s", wx(warning));
  auto* frame = new MainFrame(*workspace, clock);
  frame->SetClientObject(new OwnedWorkspace(std::move(workspace)));
  return frame;
}

MainFrame* MainFrame::OpenDatabase(const std::filesystem::path& database) {
  if (same_file(database, m_workspace.paths.database)) return this;
  if (Pulling()) {
    show_error(this, _("Stop the pull first: it is importing into this database.").utf8_string());
    return nullptr;
  }
  if (!std::filesystem::is_regular_file(database)) {
    m_memory->RemoveRecent(database);
    show_error(this, wxString::Format(_("%s is not there any more."), wx(database.string())).utf8_string());
    return nullptr;
  }
  core::WorkspacePaths paths = m_workspace.paths;
  paths.database = std::filesystem::absolute(database);
  SaveLayout();  // the new window opens where this one was, on the same page
  MainFrame* frame = nullptr;
  if (!guarded(this, [&] { frame = OpenWindow(paths, m_clock); })) return nullptr;
  frame->Show();
  Destroy();
  return frame;
}

std::vector<std::filesystem::path> MainFrame::RecentDatabases() const { return m_memory->Recent(); }

void MainFrame::ReloadSettings() {
  guarded(this, [this] { m_workspace.reload_configuration(); });
  Reload();
}

void MainFrame::SaveLayout() { m_memory->Save(*this, *m_book); }

void MainFrame::RestoreLayout() {
  const auto page = m_memory->RestoreFrame(*this);
  const bool known = page && *page < static_cast<int>(m_book->GetPageCount());
  ShowPage(known ? static_cast<PageId>(*page) : PageId::today);
  // The splitters take their places once the window has its size, after it is shown.
  CallAfter([this] { m_memory->RestoreSplitters(*m_book); });
  if (m_workspace.paths.database != ":memory:")
    m_memory->AddRecent(std::filesystem::absolute(m_workspace.paths.database));
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    SaveLayout();
    event.Skip();
  });
}

void MainFrame::ShowOpenDatabaseDialog() {
  const std::filesystem::path current = m_workspace.paths.database;
  wxFileDialog dialog(this, _("Open a Huddle database"), wx(current.parent_path().string()), wxEmptyString,
                      _("Huddle databases (*.db)|*.db|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::filesystem::path chosen = dialog.GetPath().utf8_string();
  OpenDatabase(chosen);
}

void MainFrame::ShowSettingsDialog() {
  bool saved = false;
  guarded(this, [&] {  // a broken profile or categories file of the user's stops the dialog, with the reason
    SettingsDialog dialog(this, m_workspace, m_clock);
    saved = dialog.ShowModal() == wxID_OK;
  });
  if (saved) ReloadSettings();
}

void MainFrame::ShowShortcutsDialog() {
  ShortcutsDialog dialog(this, AllShortcuts(*GetMenuBar()));
  dialog.ShowModal();
}

}  // namespace huddle::ui
