// GUI tests of the Places page's map: the ranked places on it, a click on a marker selects the place in the list
// and puts its card up, the mouse and the keys move the view, and a boundary file from settings is drawn under it.
// Runs under the shared main of gui_test.cpp.

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/gdicmn.h>
#include <wx/image.h>

#include "core/draw/map_navigation.h"
#include "core/jobs/rank_job.h"
#include "ui/main_frame.h"
#include "ui/pages/places_page.h"
#include "ui/screenshot.h"
#include "ui/widgets/map_panel.h"

#include "gui_support.h"

using namespace huddle;

namespace {

/// The demo window on the Places page, its ranking done and the map tab shown.
struct MapFixture : test::DemoWindow {
  ui::PlacesPage* page = nullptr;
  ui::MapPanel* map = nullptr;

  explicit MapFixture(const std::string& name, const std::string& settings = "") : DemoWindow(name, "", settings) {
    frame->ShowPage(ui::PageId::places);
    page = frame->Places();
    REQUIRE(test::wait_until([&] { return !page->Busy(); }));
    page->ShowMap(true);
    map = page->Map();
    test::settle();
  }
  core::Ranking rank() {
    return core::rank_huddle(*ws.store, ws.settings, ws.categories, ws.settings.schedule(), clock.now());
  }
  /// A point well inside what the map shows of place `id` (its marker, or its cells), found as a click would.
  std::optional<wxPoint> point_on(const std::string& id) const {
    const wxSize size = map->GetClientSize();
    const auto on = [&](int x, int y) { return map->PlaceAt({x, y}) == id; };
    for (int y = 4; y < size.y - 4; y += 2) {
      for (int x = 4; x < size.x - 4; x += 2) {
        if (on(x, y) && on(x - 3, y) && on(x + 3, y) && on(x, y - 3) && on(x, y + 3)) return wxPoint(x, y);
      }
    }
    return std::nullopt;
  }
  void mouse(wxEventType type, wxPoint at, bool left_down) {
    wxMouseEvent event(type);
    event.SetPosition(at);
    event.m_leftDown = left_down;
    event.SetEventObject(map);
    map->ProcessWindowEvent(event);
  }
  void key(int code) {
    wxKeyEvent event(wxEVT_CHAR);
    event.m_keyCode = code;
    event.SetEventObject(map);
    map->ProcessWindowEvent(event);
  }
  /// Pixels of the map drawn at its size whose colour is within 3 of (r, g, b).
  long pixels_of(unsigned char r, unsigned char g, unsigned char b) {
    const wxImage image = map->Render(map->GetClientSize()).ConvertToImage();
    long n = 0;
    const auto near = [](int a, int b2) { return std::abs(a - b2) <= 3; };
    for (int y = 0; y < image.GetHeight(); ++y) {
      for (int x = 0; x < image.GetWidth(); ++x) {
        if (near(image.GetRed(x, y), r) && near(image.GetGreen(x, y), g) && near(image.GetBlue(x, y), b)) ++n;
      }
    }
    return n;
  }
};

// draw_place_map's backgrounds: outside the boundaries ("water") and without a boundary layer.
constexpr unsigned char kWater[] = {237, 241, 245};

}  // namespace

TEST_CASE("the Places page's map shows the ranked places and a click on a marker selects that place in the list") {
  MapFixture f("map");
  const auto ranking = f.rank();
  REQUIRE(ranking.lists.top.size() >= 3);
  CHECK(f.page->MapShown());
  CHECK(f.map->IsShownOnScreen());
  // Big enough to read beside the card in the test's window.
  CHECK(f.map->GetClientSize().x >= 400);
  CHECK(f.map->GetClientSize().y >= 350);
  const auto& shown = f.map->Content().places;
  REQUIRE(shown.top.size() == ranking.lists.top.size());
  CHECK(shown.watch.size() == ranking.lists.watch.size());
  for (std::size_t i = 0; i < shown.top.size(); ++i) CHECK(shown.top[i].place.id == ranking.lists.top[i].place.id);
  CHECK(f.map->Content().boundaries == nullptr);              // the demo's settings name no boundary file
  CHECK(f.pixels_of(kWater[0], kWater[1], kWater[2]) < 200);  // a few of the cells' anti-aliased edges
  // The first place is selected, in the list and on the map.
  CHECK(f.page->SelectedTopRow() == 0);
  CHECK(f.map->Content().selected_place == ranking.lists.top[0].place.id);

  // Every top place can be found on the fitted map; a click on the third selects it and shows its card.
  for (const auto& p : ranking.lists.top) CHECK_MESSAGE(f.point_on(p.place.id), p.place.name);
  const core::RankedPlace& third = ranking.lists.top[2];
  const auto at = f.point_on(third.place.id);
  REQUIRE(at);
  f.mouse(wxEVT_LEFT_DOWN, *at, true);
  f.mouse(wxEVT_LEFT_UP, *at, false);
  test::settle();
  CHECK(f.page->SelectedTopRow() == 2);
  CHECK(f.page->SelectedPlaceName() == wxString::FromUTF8(third.place.name));
  CHECK(f.map->Content().selected_place == third.place.id);
  CHECK(f.map->Fitted());  // a click does not move the map

  // A click on empty ground selects nothing new.
  f.mouse(wxEVT_LEFT_DOWN, {3, 3}, true);
  f.mouse(wxEVT_LEFT_UP, {3, 3}, false);
  CHECK(f.page->SelectedTopRow() == 2);

  // Ctrl+M goes back to the lists, where the place is selected; and to the map again.
  const auto ctrl_m = [&] {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = 'M';
    event.m_controlDown = true;
    event.SetEventObject(f.map);
    f.map->ProcessWindowEvent(event);
    test::settle();
  };
  ctrl_m();
  CHECK(!f.page->MapShown());
  CHECK(f.page->SelectedTopRow() == 2);
  ctrl_m();
  CHECK(f.page->MapShown());
  REQUIRE(ui::SaveScreenshot(f.frame, "places_map_selected.png"));
}

TEST_CASE("the map pans with a drag and the arrow keys, zooms with the wheel and + and -, and Home fits it again") {
  MapFixture f("map-keys");
  const core::MapView fitted = f.map->View();
  const auto first = f.map->Content().selected_place;

  f.key(WXK_RIGHT);  // look further east
  CHECK(f.map->View().center_lon > fitted.center_lon);
  CHECK(f.map->View().center_lat == doctest::Approx(fitted.center_lat));
  CHECK(!f.map->Fitted());
  f.key(WXK_UP);  // and further north
  CHECK(f.map->View().center_lat > fitted.center_lat);
  f.key('+');
  CHECK(f.map->View().metres_per_unit == doctest::Approx(fitted.metres_per_unit / 1.5));
  f.key('-');
  f.key('-');
  CHECK(f.map->View().metres_per_unit == doctest::Approx(fitted.metres_per_unit * 1.5));
  f.key(WXK_HOME);
  CHECK(f.map->Fitted());
  CHECK(f.map->View().center_lon == doctest::Approx(fitted.center_lon));
  CHECK(f.map->View().metres_per_unit == doctest::Approx(fitted.metres_per_unit));

  // A drag to the right moves the map with the pointer: the view looks further west. It is no click.
  const wxPoint from(f.map->GetClientSize().x / 2, f.map->GetClientSize().y / 2);
  f.mouse(wxEVT_LEFT_DOWN, from, true);
  f.mouse(wxEVT_MOTION, from + wxPoint(40, 0), true);
  f.mouse(wxEVT_MOTION, from + wxPoint(120, 0), true);
  f.mouse(wxEVT_LEFT_UP, from + wxPoint(120, 0), false);
  CHECK(f.map->View().center_lon < fitted.center_lon);
  CHECK(f.map->View().center_lon == doctest::Approx(core::pan_view(fitted, 120, 0).center_lon));
  CHECK(f.map->Content().selected_place == first);

  // The wheel zooms in about the pointer.
  const double before = f.map->View().metres_per_unit;
  wxMouseEvent wheel(wxEVT_MOUSEWHEEL);
  wheel.SetPosition(from);
  wheel.m_wheelRotation = 120;
  wheel.m_wheelDelta = 120;
  wheel.m_wheelAxis = wxMOUSE_WHEEL_VERTICAL;
  f.map->ProcessWindowEvent(wheel);
  CHECK(f.map->View().metres_per_unit == doctest::Approx(before / 1.25));
  f.key('0');
  CHECK(f.map->Fitted());
}

TEST_CASE("a settings file naming the Boston neighbourhoods draws them under the map, read once") {
  const std::string file = std::string(HUDDLE_SHARED_DATA) + "/boundaries/Boston_Neighborhoods.geojson";
  MapFixture f("map-boundaries", "[map]\nboundary = \"" + file + "\"\n");
  const core::BoundaryLayer* layer = f.map->Content().boundaries;
  REQUIRE(layer != nullptr);
  CHECK(layer->boundaries.size() > 20);
  // Zoomed out, the city's edge shows: the sea and the towns around are drawn outside the boundaries.
  f.key('-');
  f.key('-');
  CHECK(f.pixels_of(kWater[0], kWater[1], kWater[2]) > 1000);
  f.key(WXK_HOME);
  // A reload ranks again but keeps the layer it read.
  f.frame->Reload();
  REQUIRE(test::wait_until([&] { return !f.page->Busy(); }));
  CHECK(f.map->Content().boundaries == layer);
  f.page->Map()->SetFocus();
  for (const auto& [size, png] :
       {std::pair{wxSize(1280, 720), "places_map.png"}, std::pair{wxSize(1920, 1080), "places_map_1080.png"}}) {
    if (wxGetDisplaySize().x < size.x || wxGetDisplaySize().y < size.y) continue;  // run under a bigger screen
    f.frame->SetSize(size);
    f.frame->WarpPointer(2, 2);  // no tooltip over the map
    test::settle();
    CHECK(f.map->GetClientSize().x >= size.x / 2);  // the map keeps half the width beside the card
    REQUIRE(ui::SaveScreenshot(f.frame, png));
  }
  f.frame->SetSize(1400, 860);
}

TEST_CASE("a boundary file that cannot be read costs the map its boundaries, not the ranking") {
  MapFixture f("map-bad-boundaries", "[map]\nboundary = \"no-such-file.geojson\"\n");
  CHECK(f.map->Content().boundaries == nullptr);
  CHECK(f.page->RowCount() > 0);
  CHECK(f.page->StatusText().Contains("The map has no boundaries"));
  CHECK(f.page->StatusText().Contains("no-such-file.geojson"));
}
