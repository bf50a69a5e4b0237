// GUI tests: the real main window on a demo database, under Xvfb. Exits 77 (skipped) without a display.

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/utils.h>

#include "core/analysis/today_summary.h"
#include "core/demo/demo_job.h"
#include "core/jobs/workspace.h"
#include "ui/main_frame.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/agenda_page.h"
#include "ui/pages/places_page.h"
#include "ui/pages/today_page.h"
#include "ui/screenshot.h"

using namespace huddle;

namespace {

std::string g_screenshot = "main_window.png";

void settle() {
  for (int i = 0; i < 15; ++i) {
    wxTheApp->Yield(true);
    wxMilliSleep(20);
  }
}

/// A demo database in a temporary folder and the main window on it.
struct Fixture {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("huddle-gui-" + std::to_string(::getpid()));
  core::FakeClock clock{std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{13}};
  core::Workspace ws;
  ui::MainFrame* frame = nullptr;

  Fixture() {
    std::filesystem::remove_all(dir);
    ws = core::Workspace::open({dir / "huddle.db", dir / "config", HUDDLE_SOURCE_RESOURCES});
    core::NullProgress progress;
    core::run_demo_job(ws, {60, 42}, clock, progress, dir / "extracts");
    frame = new ui::MainFrame(ws, clock);
    frame->SetSize(1400, 860);
    frame->Show();
    settle();
  }
  ~Fixture() {
    frame->Destroy();
    settle();
    std::filesystem::remove_all(dir);
  }
  /// Selects page `id` in the navigation list as a click does.
  void navigate(ui::PageId id) {
    auto* nav = dynamic_cast<wxListBox*>(wxWindow::FindWindowByName("navigation", frame));
    REQUIRE(nav != nullptr);
    nav->SetSelection(static_cast<int>(id));
    wxCommandEvent event(wxEVT_LISTBOX, nav->GetId());
    event.SetEventObject(nav);
    event.SetInt(static_cast<int>(id));
    nav->ProcessWindowEvent(event);
    settle();
  }
};

}  // namespace

TEST_CASE("the main window opens on the Today page with the database's counts") {
  Fixture f;
  CHECK(f.frame->CurrentPage() == ui::PageId::today);
  const auto summary = core::summarize_today(*f.ws.store, f.ws.settings.schedule(), f.clock.now());
  for (const auto& stream : summary.streams) {
    CHECK(f.frame->Today()->ShownTotal(stream.stream) == wxString::Format("%ld", stream.total));
  }
  CHECK(summary.streams.at(0).total > 0);
  CHECK(f.frame->GetTitle().Contains("Thursday 26 November 2026"));
}

TEST_CASE("the navigation list switches pages and each page shows what the database holds") {
  Fixture f;
  const auto window = f.ws.settings.schedule().current_at(f.clock.now());
  f.navigate(ui::PageId::places);
  CHECK(f.frame->CurrentPage() == ui::PageId::places);
  CHECK(f.frame->Places()->RowCount() == static_cast<int>(f.ws.store->events().in_range(window.start, window.cutoff).size()));
  f.navigate(ui::PageId::agenda);
  CHECK(f.frame->CurrentPage() == ui::PageId::agenda);
  CHECK(f.frame->Agenda()->RowCount() == static_cast<int>(f.ws.store->huddles().list().size()));
  f.navigate(ui::PageId::actions);
  CHECK(f.frame->CurrentPage() == ui::PageId::actions);
  CHECK(f.frame->Actions()->RowCount() == static_cast<int>(f.ws.store->actions().list().size()));
  f.navigate(ui::PageId::today);
  CHECK(f.frame->CurrentPage() == ui::PageId::today);
}

TEST_CASE("a screenshot of the main window is a real picture") {
  Fixture f;
  REQUIRE(ui::SaveScreenshot(f.frame, g_screenshot));
  wxImage image;
  REQUIRE(image.LoadFile(wxString::FromUTF8(g_screenshot), wxBITMAP_TYPE_PNG));
  CHECK(image.GetWidth() == f.frame->GetSize().GetWidth());
  std::set<unsigned> colours;
  for (int y = 0; y < image.GetHeight(); y += 7) {
    for (int x = 0; x < image.GetWidth(); x += 7) {
      colours.insert(static_cast<unsigned>(image.GetRed(x, y)) << 16 | static_cast<unsigned>(image.GetGreen(x, y)) << 8 |
                     image.GetBlue(x, y));
    }
  }
  CHECK(colours.size() > 20);  // text, lists and highlights, not an empty or black window
}

int main(int argc, char** argv) {
  doctest::Context context;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--screenshot") g_screenshot = argv[i + 1];
  }
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return 77;
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  wxApp::SetInstance(new wxApp);
  if (!wxEntryStart(wx_argc, wx_argv)) return 77;
  wxTheApp->CallOnInit();
  // A wx assert must fail the test, not open a dialog that waits forever under Xvfb.
  wxSetAssertHandler([](const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg) {
    std::fprintf(stderr, "wx assert %s:%d %s: %s %s\n", file.utf8_str().data(), line, func.utf8_str().data(),
                 cond.utf8_str().data(), msg.utf8_str().data());
    std::abort();
  });
  context.setOption("no-breaks", true);
  const int result = context.run();
  wxEntryCleanup();
  return result;
}
