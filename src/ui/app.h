#pragma once
/// \file
/// HuddleApp: start-up (options, workspace), the main window, and the last guard against errors.

#include <filesystem>
#include <string>

#include <wx/app.h>

#include "core/time/clock.h"

namespace huddle::ui {

/// The GUI application. Options: --db FILE, --config DIR, --page NAME (start on today, places, agenda or actions),
/// --screenshot FILE (save the main window and exit), --version (see src/app/main.cpp).
class HuddleApp final : public wxApp {
 public:
  bool OnInit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  bool OnExceptionInMainLoop() override;
  int OnExit() override;

 private:
  /// Loads the UI's translation catalog (huddle.mo) for the environment's language from the installed share/locale.
  void LoadTranslations(const std::filesystem::path& exe_dir);
  void TakeScreenshotAndExit();

  std::string m_db, m_config, m_screenshot, m_page;
  core::SystemClock m_clock;
  int m_exit_code = 0;
};

}  // namespace huddle::ui
