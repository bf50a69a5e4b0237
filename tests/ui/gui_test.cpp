// GUI tests: the real main window on a demo database, under Xvfb. Exits 77 (skipped) without a display.

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/utils.h>

#include "core/analysis/today_summary.h"
#include "core/demo/demo_job.h"
#include "core/jobs/rank_job.h"
#include "core/jobs/workspace.h"
#include "ui/dialogs/import_dialog.h"
#include "ui/main_frame.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/agenda_page.h"
#include "ui/pages/places_page.h"
#include "ui/pages/today_page.h"
#include "ui/screenshot.h"
#include "gui_support.h"

using namespace huddle;

namespace {

std::string g_screenshot = "main_window.png";
std::string g_screenshot_dir = ".";


/// A demo database in a temporary folder and the main window on it.
struct Fixture : test::DemoWindow {
  explicit Fixture(const std::string& settings = "") : DemoWindow("main", "", settings) {}
  /// The ranking the Places page should show.
  core::Ranking rank() {
    return core::rank_huddle(*ws.store, ws.settings, ws.categories, ws.settings.schedule(), clock.now());
  }
};


/// The index of the column titled `title` in `list`, or -1.
int column_of(wxListView* list, const wxString& title) {
  for (int c = 0; c < list->GetColumnCount(); ++c) {
    wxListItem column;
    list->GetColumn(c, column);
    if (column.GetText() == title) return c;
  }
  return -1;
}

/// An EMS extract in the generic EMS CAD layout, three rows of which the second has a broken time.
std::filesystem::path write_ems_extract(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  const auto file = dir / "overnight-ems.csv";
  std::ofstream(file) << "incident_id,received_at,call_type,address,latitude,longitude\n"
                         "T-1,2026-11-26 02:10:00,EMS: OVERDOSE,Massachusetts Ave & Melnea Cass Blvd,42.33340,-71.07410\n"
                         "T-2,26/11/2026 02:20,EMS: OVERDOSE,Massachusetts Ave & Melnea Cass Blvd,42.33340,-71.07410\n"
                         "T-3,2026-11-26 03:05:00,EMS: BEHAVIORAL,10 Atkinson St,42.33180,-71.06900\n";
  return file;
}

}  // namespace

TEST_CASE("the Import dialog shows the detected profile, imports off the UI thread and shows the report") {
  Fixture f;
  const long before = f.ws.store->events().count();
  const auto file = write_ems_extract(f.dir / "drop");
  ui::ImportDialog dialog(f.frame, f.ws, f.clock);
  dialog.Show();
  dialog.AddFiles({file});
  CHECK(dialog.ShownProfile(0) == "generic-ems-cad");
  dialog.StartImport();
  CHECK(dialog.Busy());
  REQUIRE(test::wait_until([&] { return !dialog.Busy(); }));
  CHECK(dialog.Imported());
  CHECK(dialog.ReportText().Contains("2 new"));
  CHECK(dialog.ReportText().Contains("line 3"));  // the broken time, with its line
  CHECK(f.ws.store->events().count() == before + 2);
  test::settle();
  REQUIRE(ui::SaveScreenshot(&dialog, g_screenshot_dir + "/import_dialog.png"));
  dialog.Hide();
}

TEST_CASE("Pull now imports the configured folder off the UI thread and reports in the status bar") {
  const auto drop = std::filesystem::temp_directory_path() / ("huddle-gui-drop-" + std::to_string(::getpid()));
  std::filesystem::remove_all(drop);
  write_ems_extract(drop);
  Fixture f("[[source]]\nname = \"overnight EMS\"\nkind = \"folder\"\npath = \"" + drop.string() +
            "\"\nprofile = \"generic-ems-cad\"\n");
  const long before = f.ws.store->events().count();
  f.frame->StartPull();
  CHECK(f.frame->Pulling());
  REQUIRE(test::wait_until([&] { return !f.frame->Pulling(); }));
  CHECK(f.frame->StatusText().Contains("Pull finished: 2 new"));
  CHECK(f.ws.store->events().count() == before + 2);
  std::filesystem::remove_all(drop);
}

TEST_CASE("the main window opens on the Today page with the database's counts") {
  Fixture f;
  CHECK(f.frame->CurrentPage() == ui::PageId::today);
  REQUIRE(test::wait_until([&] { return !f.frame->Today()->Busy(); }));  // gathered off the UI thread
  const auto summary = core::summarize_today(*f.ws.store, f.ws.settings.schedule(), f.clock.now());
  for (const auto& stream : summary.streams) {
    CHECK(f.frame->Today()->ShownTotal(stream.stream) == wxString::Format("%ld", stream.total));
  }
  CHECK(summary.streams.at(0).total > 0);
  CHECK(f.frame->GetTitle().Contains("Thursday 26 November 2026"));
}

TEST_CASE("the navigation list switches pages and each page shows what the database holds") {
  Fixture f;
  f.navigate(ui::PageId::places);
  CHECK(f.frame->CurrentPage() == ui::PageId::places);
  REQUIRE(test::wait_until([&] { return !f.frame->Places()->Busy(); }));
  const auto ranking = f.rank();
  CHECK(f.frame->Places()->RowCount() == static_cast<int>(ranking.lists.top.size()));
  f.navigate(ui::PageId::agenda);
  CHECK(f.frame->CurrentPage() == ui::PageId::agenda);
  CHECK(f.frame->Agenda()->RowCount() == static_cast<int>(f.ws.store->huddles().list().size()));
  f.navigate(ui::PageId::actions);
  CHECK(f.frame->CurrentPage() == ui::PageId::actions);
  const auto actions = f.ws.store->actions().list();  // the tracker starts on the actions still open
  CHECK(f.frame->Actions()->RowCount() ==
        std::count_if(actions.begin(), actions.end(), [](const auto& a) { return core::is_open(a.status); }));
  f.navigate(ui::PageId::today);
  CHECK(f.frame->CurrentPage() == ui::PageId::today);
}

TEST_CASE("the Places page ranks off the UI thread, lists the surging place and shows the selected place's card") {
  Fixture f;
  f.navigate(ui::PageId::places);
  ui::PlacesPage* page = f.frame->Places();
  REQUIRE(test::wait_until([&] { return !page->Busy(); }));
  const auto ranking = f.rank();
  REQUIRE(!ranking.lists.top.empty());
  CHECK(page->RowCount() == static_cast<int>(ranking.lists.top.size()));
  CHECK(page->WatchRowCount() == static_cast<int>(ranking.lists.watch.size()));
  // The first place is on the card as soon as the lists are filled.
  CHECK(page->SelectedPlaceName() == wxString::FromUTF8(ranking.lists.top.front().place.name));

  // Find the demo's surging place in the lists as shown, by its Place column.
  auto* top = dynamic_cast<wxListView*>(wxWindow::FindWindowByName("top places", f.frame));
  auto* watch = dynamic_cast<wxListView*>(wxWindow::FindWindowByName("watch list", f.frame));
  REQUIRE(top != nullptr);
  REQUIRE(watch != nullptr);
  wxListView* list = nullptr;
  long row = -1;
  for (wxListView* l : {top, watch}) {
    for (long i = 0; i < l->GetItemCount() && !list; ++i) {
      if (l->GetItemText(i, 1).Contains("Columbia Rd & Dudley St")) {
        list = l;
        row = i;
      }
    }
  }
  REQUIRE(list != nullptr);
  const int tags_column = column_of(list, "Tags");
  REQUIRE(tags_column >= 0);
  CHECK(list->GetItemText(row, tags_column).Contains("Surging"));

  // Selecting its row (as a click does) puts its card up: name, the ranking's explanation, its events.
  list->Select(row);
  test::settle();
  const auto& places = list == top ? ranking.lists.top : ranking.lists.watch;
  const core::RankedPlace& surging = places.at(static_cast<std::size_t>(row));
  CHECK(surging.has(core::PlaceTag::surging));
  CHECK(page->SelectedPlaceName() == wxString::FromUTF8(surging.place.name));
  CHECK(page->ShownExplanation() == wxString::FromUTF8(surging.explanation));
  long charted = 0;  // the events listed are the ones the bars count
  for (const auto& [stream, counts] : surging.daily) {
    for (const long n : counts) charted += n;
  }
  CHECK(charted > 0);
  CHECK(page->ShownEventCount() == charted);
  // De-identified: a street address shows as its block, never with a house number.
  auto* events = dynamic_cast<wxListView*>(wxWindow::FindWindowByName("place events", f.frame));
  REQUIRE(events != nullptr);
  const int where = column_of(events, "Where");
  REQUIRE(where >= 0);
  for (long i = 0; i < events->GetItemCount(); ++i) {
    const wxString shown = events->GetItemText(i, where);
    CHECK_MESSAGE(!(shown.size() > 0 && wxIsdigit(shown[0])), shown.utf8_string());
  }
  REQUIRE(ui::SaveScreenshot(f.frame, g_screenshot_dir + "/places_page.png"));
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
  doctest::Context context(argc, argv);  // doctest options (-tc=...) work; --screenshot is ours
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--screenshot") {
      g_screenshot = argv[i + 1];
      g_screenshot_dir = std::filesystem::path(g_screenshot).parent_path().string();
      if (g_screenshot_dir.empty()) g_screenshot_dir = ".";
    }
  }
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return 77;
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  wxApp::SetInstance(new wxApp);
  if (!wxEntryStart(wx_argc, wx_argv)) return 77;
  wxTheApp->CallOnInit();
  delete wxLog::SetActiveTarget(new wxLogStderr);  // log messages go to stderr, never to a dialog that waits
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
