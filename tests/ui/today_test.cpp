// GUI tests of the Today page: a card per stream with the citywide count since the last huddle, its usual range,
// the trend check's colour and the data's freshness; "Pull now" and the sources it reads. Runs under the shared
// main of gui_test.cpp.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/gdicmn.h>

#include "core/analysis/citywide_trend.h"
#include "core/analysis/today_summary.h"
#include "core/analysis/trend_check.h"
#include "core/time/local_format.h"
#include "ui/main_frame.h"
#include "ui/pages/today_page.h"
#include "ui/screenshot.h"

#include "gui_support.h"

using namespace huddle;

namespace {

/// The demo window on the Today page, gathered.
struct TodayFixture : test::DemoWindow {
  ui::TodayPage* page = nullptr;

  explicit TodayFixture(const std::string& name, const std::string& settings = "") : DemoWindow(name, "", settings) {
    page = frame->Today();
    wait();
  }
  void wait() {
    REQUIRE(test::wait_until([&] { return !page->Busy(); }));
    test::settle();
  }
  core::HuddleWindow window() const { return ws.settings.schedule().current_at(clock.now()); }
  /// The colour of the check strip of `stream`'s card.
  wxColour strip(const std::string& stream) {
    auto* w = wxWindow::FindWindowByName(wxString::FromUTF8("check " + stream), frame);
    REQUIRE_MESSAGE(w != nullptr, stream);
    return w->GetBackgroundColour();
  }
  /// Checks every card against core::citywide_trend on the same database.
  void check_cards() {
    const core::CitywideTrend trend = core::citywide_trend(ws.store->events(), window());
    REQUIRE(!trend.lines.empty());
    for (const auto& line : trend.lines) {
      if (!line.category.empty()) {
        CHECK_MESSAGE(page->ShownCategoryCount(line.stream, line.category) == wxString::Format("%ld", line.count),
                      (line.stream + " " + line.category));
        continue;
      }
      CHECK(page->ShownTotal(line.stream) == wxString::Format("%ld", line.count));
      const core::TrendLevel level = core::check_trend(line).level;
      CHECK_MESSAGE(page->ShownLevel(line.stream) == level, line.stream);
      CHECK(strip(line.stream) == ui::TodayPage::CheckColour(level));
    }
  }
};

/// `n` unlocated EMS overdoses in the hours before the cutoff of `window`.
std::vector<core::Event> overdoses(const core::HuddleWindow& window, int n) {
  std::vector<core::Event> events;
  for (int i = 0; i < n; ++i) {
    core::Event e;
    e.stream = "ems";
    e.source_id = "surge-" + std::to_string(i);
    e.occurred_utc = window.cutoff - std::chrono::minutes{10 + 7 * i};
    e.category = "overdose";
    e.raw_type = "EMS: OVERDOSE";
    events.push_back(e);
  }
  return events;
}

}  // namespace

TEST_CASE("the Today page's cards show the citywide counts with the trend check's colour and the data's freshness") {
  TodayFixture f("today");
  f.check_cards();
  const auto summary = core::summarize_today(*f.ws.store, f.ws.settings.schedule(), f.clock.now());
  CHECK(f.page->ShownTotal("311") == wxString::Format("%ld", summary.streams.at(0).total));
  // Freshness: the newest report and the last import of each stream.
  const auto schedule = f.ws.settings.schedule();
  const auto newest = f.ws.store->events().newest_per_stream();
  for (const std::string stream : {"311", "ems"}) {
    const wxString fresh = f.page->ShownFreshness(stream);
    CHECK(fresh.Contains(wxString::FromUTF8("Newest report: " + core::format_local(newest.at(stream), schedule))));
    CHECK(fresh.Contains("Last import: "));
  }
  CHECK(f.page->ShownQuality().Contains(
      wxString::Format("%ld reports without a usable location", summary.totals.unlocated)));
  CHECK(f.page->ShownSources().Contains("None: add [[source]] to settings.toml."));
  auto* pull = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("pull now", f.frame));
  REQUIRE(pull != nullptr);
  test::settle();
  CHECK(!pull->IsEnabled());  // nothing to pull

  // An overnight surge of overdoses: the EMS card turns red, the counts follow.
  auto surge = overdoses(f.window(), 60);
  f.ws.store->events().add(surge);
  f.frame->Reload();
  f.wait();
  f.check_cards();
  CHECK(f.page->ShownLevel("ems") == core::TrendLevel::red);
  const wxColour red = f.strip("ems");
  CHECK(red.Red() > 180);
  CHECK(red.Green() < 80);
  CHECK(red.Blue() < 80);
  CHECK(f.page->ShownLevel("311") != core::TrendLevel::red);
  for (const auto& [size, file] :
       {std::pair{wxSize(1280, 720), "today_page.png"}, std::pair{wxSize(1920, 1080), "today_page_1080.png"}}) {
    if (wxGetDisplaySize().x < size.x || wxGetDisplaySize().y < size.y) continue;  // run under a bigger screen
    f.frame->SetSize(size);
    f.frame->WarpPointer(2, 2);  // no tooltip over the cards
    test::settle();
    // Everything fits without scrolling: the page's content is no taller than the page.
    auto* body = wxWindow::FindWindowByName("today", f.frame);
    REQUIRE(body != nullptr);
    int content = 0, shown = 0;
    body->GetVirtualSize(nullptr, &content);
    body->GetClientSize(nullptr, &shown);
    CHECK(content <= shown);
    REQUIRE(ui::SaveScreenshot(f.frame, file));
  }
  f.frame->SetSize(1400, 860);
}

TEST_CASE("Pull now on the Today page pulls the configured sources and shows what each brought") {
  const auto drop = std::filesystem::temp_directory_path() / ("huddle-gui-today-drop-" + std::to_string(::getpid()));
  std::filesystem::remove_all(drop);
  std::filesystem::create_directories(drop);
  std::ofstream(drop / "overnight-ems.csv")
      << "incident_id,received_at,call_type,address,latitude,longitude\n"
         "T-1,2026-11-26 02:10:00,EMS: OVERDOSE,Massachusetts Ave & Melnea Cass Blvd,42.33340,-71.07410\n"
         "T-3,2026-11-26 03:05:00,EMS: BEHAVIORAL,10 Atkinson St,42.33180,-71.06900\n";
  TodayFixture f("today-pull", "[[source]]\nname = \"overnight EMS\"\nkind = \"folder\"\npath = \"" + drop.string() +
                                   "\"\nprofile = \"generic-ems-cad\"\n");
  CHECK(f.page->ShownSources().Contains("overnight EMS: not pulled yet; nothing imported from it yet"));
  const wxString ems_before = f.page->ShownTotal("ems");
  auto* pull = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("pull now", f.frame));
  REQUIRE(pull != nullptr);
  test::settle();
  REQUIRE(pull->IsEnabled());
  wxCommandEvent click(wxEVT_BUTTON, pull->GetId());
  click.SetEventObject(pull);
  pull->ProcessWindowEvent(click);
  CHECK(f.frame->Pulling());
  REQUIRE(test::wait_until([&] { return !f.frame->Pulling(); }));
  f.wait();
  CHECK(f.page->ShownSources().Contains("overnight EMS: pulled "));
  CHECK(f.page->ShownSources().Contains("; last new file "));
  CHECK(f.page->ShownSources().Contains("2 of 2 rows stored"));
  CHECK(f.page->ShownFreshness("ems").Contains("overnight-ems.csv: 2 of 2 rows stored, 0 rejected"));
  CHECK(f.page->ShownTotal("ems") == wxString::Format("%ld", std::stol(ems_before.ToStdString()) + 2));
  std::filesystem::remove_all(drop);
}
