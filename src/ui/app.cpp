#include "ui/app.h"

#include <wx/cmdline.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>
#include <wx/translation.h>

#include <fmt/format.h>

#include "core/config/paths.h"
#include "ui/environment.h"
#include "ui/error_guard.h"
#include "ui/main_frame.h"
#include "ui/screenshot.h"
#include "ui/ui_text.h"

namespace huddle::ui {

void HuddleApp::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddOption("", "db", _("database file (default $HUDDLE_DB, else $XDG_DATA_HOME/huddle/huddle.db)"));
  parser.AddOption("", "config", _("configuration folder (default $XDG_CONFIG_HOME/huddle)"));
  parser.AddOption("", "page", _("page to start on: today, places, agenda or actions"));
  parser.AddOption("", "screenshot", _("save the main window as a PNG file after start-up and exit"));
  parser.AddSwitch("", "version", _("print the version and exit"));  // answered in main(), before GTK starts
}

bool HuddleApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  wxString value;
  if (parser.Found("db", &value)) m_db = value.utf8_string();
  if (parser.Found("config", &value)) m_config = value.utf8_string();
  if (parser.Found("screenshot", &value)) m_screenshot = value.utf8_string();
  if (parser.Found("page", &value)) {
    m_page = value.utf8_string();
    if (!ParsePageId(m_page)) {
      wxLogError(_("Unknown page '%s' (expected today, places, agenda or actions)."), value);
      return false;
    }
  }
  return wxApp::OnCmdLineParsed(parser);
}

bool HuddleApp::OnInit() {
  if (!wxApp::OnInit()) return false;
  SetAppName("huddle");
  const std::filesystem::path exe_dir =
      std::filesystem::path(wxStandardPaths::Get().GetExecutablePath().utf8_string()).parent_path();
  LoadTranslations(exe_dir);
  MainFrame* frame = nullptr;
  const bool opened = guarded(nullptr, [&] {
    auto paths = core::resolve_paths({m_db, m_config}, getenv_lookup, exe_dir, HUDDLE_SOURCE_RESOURCES);
    frame = MainFrame::OpenWindow(paths, m_clock);  // the window owns its workspace (File > Open database swaps it)
  });
  if (!opened) return false;
  if (!m_page.empty()) frame->ShowPage(*ParsePageId(m_page));
  frame->Show();
  if (!m_screenshot.empty()) CallAfter([this] { TakeScreenshotAndExit(); });
  return true;
}

void HuddleApp::LoadTranslations(const std::filesystem::path& exe_dir) {
  // The language comes from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the C locale stays as it is, so
  // numbers in files read the same everywhere. Without a huddle.mo for the language the strings stay English.
  auto* translations = new wxTranslations();
  wxTranslations::Set(translations);  // owns it
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wx((exe_dir.parent_path() / "share" / "locale").string()));
  translations->AddStdCatalog();
  translations->AddCatalog("huddle");
}

void HuddleApp::TakeScreenshotAndExit() {
  // Give GTK a moment to map and paint the window before reading the screen.
  auto* timer = new wxTimer();
  timer->Bind(wxEVT_TIMER, [this, timer](wxTimerEvent&) {
    wxWindow* frame = GetTopWindow();
    if (!SaveScreenshot(frame, m_screenshot)) {
      fmt::print(stderr, "huddle: could not write the screenshot {}\n", m_screenshot);
      m_exit_code = 3;
    }
    delete timer;
    frame->Close(true);
  });
  timer->StartOnce(800);
}

bool HuddleApp::OnExceptionInMainLoop() {
  try {
    throw;
  } catch (const std::exception& e) {
    show_error(GetTopWindow(), e.what());
  }
  return true;  // keep running: the error was shown, the data is safe (every write is its own transaction)
}

int HuddleApp::OnExit() { return m_exit_code; }

}  // namespace huddle::ui
