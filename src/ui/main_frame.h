#pragma once
/// \file
/// MainFrame: the Huddle window — a navigation list of pages and a status bar.

#include <array>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/frame.h>

#include "core/ingest/pull.h"
#include "core/jobs/workspace.h"
#include "core/report/packet.h"
#include "core/time/clock.h"

class wxListBox;
class wxSimplebook;

namespace huddle::ui {

class BackgroundTask;
class WindowMemory;
class Page;
class TodayPage;
class PlacesPage;
class AgendaPage;
class ActionsPage;

/// The pages, in navigation order.
enum class PageId { today, places, agenda, actions };

/// The page named `name` ("today", "places", "agenda", "actions"), if any.
std::optional<PageId> ParsePageId(const std::string& name);

/// The main window. Owns nothing of the core: `workspace` and `clock` outlive it.
class MainFrame final : public wxFrame {
 public:
  /// Builds the window and loads the Today page.
  MainFrame(core::Workspace& workspace, const core::Clock& clock);
  ~MainFrame() override;
  /// Shows page `id` (as a click in the navigation list does) and reloads it.
  void ShowPage(PageId id);
  /// The page shown now.
  PageId CurrentPage() const;
  /// Reloads the page shown now and the status bar from the database.
  void Reload();

  /// Starts pulling every configured source off the UI thread (the File > Pull now command); progress shows in
  /// the status bar and the pages reload when it ends.
  void StartPull();
  /// True while a pull runs.
  bool Pulling() const;
  /// The status bar's first field; lets tests read the outcome of a pull.
  wxString StatusText() const;

  /// Opens the workspace at `paths` in a new main window that owns it (it closes with the window). Throws
  /// ConfigError or StorageError when the workspace cannot be opened.
  static MainFrame* OpenWindow(const core::WorkspacePaths& paths, const core::Clock& clock);
  /// Opens `database` with this window's configuration in a new main window on the same page, remembers it among
  /// the recent databases and closes this window (File > Open database, File > Open recent). When it cannot be
  /// opened the error is shown, this window stays and nullptr is returned; `database` open here already: this.
  MainFrame* OpenDatabase(const std::filesystem::path& database);
  /// The recent databases (File > Open recent), newest first.
  std::vector<std::filesystem::path> RecentDatabases() const;
  /// Reads settings.toml and the categories again and reloads the page (after the Settings dialog saved them).
  void ReloadSettings();
  /// Remembers the window's size, place, page and splitters for the next start (closing the window does it too).
  void SaveLayout();

  TodayPage* Today() const { return m_today; }        ///< For tests.
  PlacesPage* Places() const { return m_places; }     ///< For tests.
  AgendaPage* Agenda() const { return m_agenda; }     ///< For tests.
  ActionsPage* Actions() const { return m_actions; }  ///< For tests.

 private:
  void BuildMenus();
  void RestoreLayout();
  void ShowSettingsDialog();
  void ShowOpenDatabaseDialog();
  void ShowShortcutsDialog();
  enum class PrintMode { preview, print };
  void ShowImportDialog();
  void ShowExportDialog();
  core::Date PacketDate() const;
  void StartPrint(PrintMode mode);
  void ShowPrint(PrintMode mode, std::shared_ptr<const core::Packet> packet);
  void OnPullDone(std::exception_ptr error);
  void OnNavigate();
  void UpdateStatus();

  core::Workspace& m_workspace;
  const core::Clock& m_clock;
  wxListBox* m_nav;
  wxSimplebook* m_book;
  TodayPage* m_today;
  PlacesPage* m_places;
  AgendaPage* m_agenda;
  ActionsPage* m_actions;
  std::unique_ptr<BackgroundTask> m_pull;
  std::unique_ptr<BackgroundTask> m_print;  // gathers the packet to preview or print
  std::shared_ptr<core::PullReport> m_pull_report;
  std::unique_ptr<WindowMemory> m_memory;  // layout and recent databases, in the configuration folder
};

}  // namespace huddle::ui
