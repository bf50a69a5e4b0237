#pragma once
/// \file
/// WindowMemory: what the main window keeps across runs — its size and place, the page shown, the splitters'
/// positions and the recent databases — in ui.conf (wxFileConfig) in the configuration folder, so that --config
/// (and a test's temporary folder) keeps it apart from the user's own.

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class wxBookCtrlBase;
class wxFileConfig;
class wxFileHistory;
class wxMenu;
class wxTopLevelWindow;

namespace huddle::ui {

/// The remembered layout and recent databases of one configuration folder.
class WindowMemory {
 public:
  /// Reads `config_dir`/ui.conf when it exists (nothing is written until Save or AddRecent).
  explicit WindowMemory(const std::filesystem::path& config_dir);
  ~WindowMemory();
  WindowMemory(const WindowMemory&) = delete;
  WindowMemory& operator=(const WindowMemory&) = delete;

  /// Gives `frame` its remembered size, position (when still on a screen) and maximised state (the whole screen
  /// when nothing is remembered yet); returns the index of the page it showed, if remembered.
  std::optional<int> RestoreFrame(wxTopLevelWindow& frame) const;
  /// Moves the splitters of `book`'s pages back to where they were (call once the window has its size), and from
  /// then on remembers where the user drags them.
  void RestoreSplitters(wxBookCtrlBase& book);
  /// Remembers `frame`'s size, position and maximised state, `book`'s page and the splitters of the page shown
  /// (a page never shown has no layout worth keeping: its splitters keep what was dragged); writes ui.conf.
  void Save(const wxTopLevelWindow& frame, const wxBookCtrlBase& book);

  /// Lists the recent databases, newest first, in `menu` (items wxID_FILE1 onwards), kept up to date.
  void UseRecentMenu(wxMenu* menu);
  /// Puts `database` first in the recent list and writes ui.conf.
  void AddRecent(const std::filesystem::path& database);
  /// Takes `database` off the recent list (a file that is gone) and writes ui.conf.
  void RemoveRecent(const std::filesystem::path& database);
  /// The recent databases, newest first.
  std::vector<std::filesystem::path> Recent() const;

 private:
  void Write();

  std::filesystem::path m_file;
  std::unique_ptr<wxFileConfig> m_config;
  std::unique_ptr<wxFileHistory> m_recent;
};

}  // namespace huddle::ui
