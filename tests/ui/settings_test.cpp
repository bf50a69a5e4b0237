// GUI tests of the Settings dialog (Edit > Settings): values saved to settings.toml and read back, invalid ones
// refused with settings.toml's reason and nothing written, the weights preview, departments. Runs under the shared
// main of gui_test.cpp.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include "core/config/settings.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main_frame.h"
#include "ui/screenshot.h"
#include "ui/widgets/department_list_editor.h"
#include "ui/widgets/source_list_editor.h"
#include "ui/widgets/weights_editor.h"

#include "gui_support.h"

using namespace huddle;

namespace {

/// The demo window and the Settings dialog over it, shown as Edit > Settings shows it (but not modal).
struct SettingsFixture : test::DemoWindow {
  ui::SettingsDialog* dialog = nullptr;

  SettingsFixture() : DemoWindow("settings") { Open(); }
  ~SettingsFixture() {
    dialog->Destroy();
    test::settle();
  }
  void Open() {
    dialog = new ui::SettingsDialog(frame, ws, clock);
    dialog->Show();
    test::settle();
  }
  std::filesystem::path settings_file() const { return dir / "config" / "settings.toml"; }
  template <typename T>
  T* find(const char* name) {
    return test::child<T>(dialog, name);
  }
  wxString page() const {
    auto* book = dynamic_cast<wxNotebook*>(wxWindow::FindWindowByName("settings pages", dialog));
    return book->GetPageText(static_cast<size_t>(book->GetSelection()));
  }
  /// Shows the page titled `title`.
  void show_page(const wxString& title) {
    auto* book = find<wxNotebook>("settings pages");
    for (size_t i = 0; i < book->GetPageCount(); ++i) {
      if (book->GetPageText(i) == title) book->SetSelection(i);
    }
    test::settle();
  }
  /// Waits for the weights preview to be ranked and shown.
  void wait_for_preview() {
    REQUIRE(test::wait_until(
        [&] { return !dialog->Weights()->Previewing() && dialog->Weights()->PreviewList()->GetItemCount() > 0; }));
    test::settle();
  }
};

}  // namespace

TEST_CASE("the Settings dialog saves the cutoff, a weight and the paper, and the window reads them back") {
  SettingsFixture f;
  CHECK(f.find<wxTextCtrl>("cutoff")->GetValue() == "06:00");
  CHECK(f.find<wxComboBox>("time zone")->GetValue() == "America/New_York");
  CHECK(ui::SaveScreenshot(f.dialog, "settings_dialog.png"));

  f.find<wxTextCtrl>("cutoff")->ChangeValue("07:15");
  f.dialog->Weights()->SetWeight("needles", 4.5);
  f.find<wxRadioBox>("paper")->SetSelection(1);
  f.show_page("Sources");
  f.dialog->Sources()->AddSource();
  f.find<wxTextCtrl>("source name")->SetValue("overnight drop");
  f.find<wxTextCtrl>("source location")->SetValue(wxString::FromUTF8((f.dir / "config" / "inbox").string()));
  f.find<wxTextCtrl>("source pattern")->SetValue("ems-*.csv");
  test::settle();
  CHECK(ui::SaveScreenshot(f.dialog, "settings_sources.png"));
  REQUIRE_MESSAGE(f.dialog->Save(), f.dialog->Problem().utf8_string());
  CHECK(f.dialog->Problem().empty());

  const core::Settings saved = core::load_settings(f.settings_file());
  CHECK(saved.cutoff == std::chrono::minutes{7 * 60 + 15});
  CHECK(saved.weight_overrides == std::map<std::string, double>{{"needles", 4.5}});
  CHECK(saved.paper == core::PaperSize::a4);
  CHECK(saved.time_zone == "America/New_York");
  REQUIRE(saved.sources.size() == 1);
  CHECK(saved.sources[0].name == "overnight drop");
  CHECK(saved.sources[0].kind == core::Source::Kind::folder);
  CHECK(saved.sources[0].path == f.dir / "config" / "inbox");
  CHECK(saved.sources[0].pattern == "ems-*.csv");
  CHECK(saved.sources[0].profile == "auto");

  f.frame->ReloadSettings();
  CHECK(f.ws.settings.cutoff == std::chrono::minutes{7 * 60 + 15});
  const auto needles = std::find_if(f.ws.categories.begin(), f.ws.categories.end(),
                                    [](const core::Category& c) { return c.id == "needles"; });
  REQUIRE(needles != f.ws.categories.end());
  CHECK(needles->weight == 4.5);
}

TEST_CASE("the Settings dialog refuses a 25:00 cutoff and the zone Mars/Base with the reason and writes nothing") {
  SettingsFixture f;
  f.show_page("Packet");
  f.find<wxTextCtrl>("cutoff")->ChangeValue("25:00");
  CHECK_FALSE(f.dialog->Save());
  CHECK(f.dialog->Problem().Contains("Data cutoff: '25:00' is not a time of day (expected HH:MM"));
  CHECK(f.page() == "City and schedule");  // the page with the bad value comes up
  CHECK(wxWindow::FindFocus() == f.find<wxTextCtrl>("cutoff"));
  CHECK_FALSE(std::filesystem::exists(f.settings_file()));

  f.find<wxTextCtrl>("cutoff")->ChangeValue("06:30");
  f.find<wxComboBox>("time zone")->SetValue("Mars/Base");
  CHECK_FALSE(f.dialog->Save());
  CHECK(f.dialog->Problem().Contains("Time zone: unknown time zone 'Mars/Base'"));
  CHECK_FALSE(std::filesystem::exists(f.settings_file()));
  f.dialog->Refresh();
  test::settle();
  CHECK(ui::SaveScreenshot(f.dialog, "settings_refused.png"));

  f.find<wxComboBox>("time zone")->SetValue("America/Chicago");
  f.find<wxSpinCtrlDouble>("grid metres")->SetValue(5000);
  CHECK_FALSE(f.dialog->Save());
  CHECK(f.dialog->Problem().Contains("Grid cell size: 5000 is out of range (expected 25 to 2000)"));
  CHECK(f.page() == "Ranking and map");
  CHECK_FALSE(std::filesystem::exists(f.settings_file()));

  f.find<wxSpinCtrlDouble>("grid metres")->SetValue(200);
  f.dialog->Sources()->AddSource();
  f.find<wxChoice>("source kind")->SetSelection(1);  // a CSV download
  wxCommandEvent chosen(wxEVT_CHOICE, f.find<wxChoice>("source kind")->GetId());
  f.find<wxChoice>("source kind")->ProcessWindowEvent(chosen);
  f.find<wxTextCtrl>("source location")->SetValue("ftp://data.example.org/ems.csv");
  CHECK_FALSE(f.dialog->Save());
  CHECK(f.dialog->Problem().Contains("Source \"source 1\": 'ftp://data.example.org/ems.csv' is not a web address"));
  CHECK(f.page() == "Sources");
  CHECK(wxWindow::FindFocus() == f.find<wxTextCtrl>("source location"));
  CHECK_FALSE(std::filesystem::exists(f.settings_file()));
  f.find<wxTextCtrl>("source location")->SetValue("https://data.example.org/ems.csv");
  REQUIRE_MESSAGE(f.dialog->Save(), f.dialog->Problem().utf8_string());
  const auto saved = core::load_settings(f.settings_file());
  CHECK(saved.time_zone == "America/Chicago");
  CHECK(saved.ranking.grid_metres == 200);
  REQUIRE(saved.sources.size() == 1);
  CHECK(saved.sources[0].url == "https://data.example.org/ems.csv");
}

TEST_CASE("the weights preview shows which places enter and leave the top list with the edited weights") {
  SettingsFixture f;
  const auto remembered = f.ws.store->places().listed_since(f.clock.now() - std::chrono::hours{24 * 30}).size();
  f.show_page("Weights");
  f.wait_for_preview();
  auto* list = f.dialog->Weights()->PreviewList();
  const int listed = list->GetItemCount();
  CHECK(listed == f.ws.settings.ranking.top_k);
  for (int row = 0; row < listed; ++row) CHECK(list->GetItemText(row, 0) == list->GetItemText(row, 1));
  CHECK(wxWindow::FindWindowByName("preview status", f.dialog)->GetLabel() == "The top list stays as it is.");

  // Overdoses and behavioural calls only: places known for needles and dumping give way.
  for (const char* id : {"encampment", "needles", "human_waste", "dumping", "qol"})
    f.dialog->Weights()->SetWeight(id, 0);
  f.dialog->Weights()->StartPreview();
  REQUIRE(test::wait_until([&] { return !f.dialog->Weights()->Previewing(); }));
  test::settle();
  int entering = 0, leaving = 0;
  for (int row = 0; row < list->GetItemCount(); ++row) {
    if (list->GetItemText(row, 3) == "enters the list") ++entering;
    if (list->GetItemText(row, 3) == "leaves the list") ++leaving;
  }
  CHECK(entering > 0);
  CHECK(entering == leaving);
  CHECK(wxWindow::FindWindowByName("preview status", f.dialog)->GetLabel().Contains("Entering the list: "));
  CHECK(ui::SaveScreenshot(f.dialog, "settings_weights.png"));
  // A preview stores nothing: no settings, no place the ranking remembers.
  CHECK_FALSE(std::filesystem::exists(f.settings_file()));
  CHECK(f.ws.store->places().listed_since(f.clock.now() - std::chrono::hours{24 * 30}).size() == remembered);
}

TEST_CASE("departments added, renamed and made inactive in the Settings dialog are stored in their new order") {
  SettingsFixture f;
  f.show_page("Departments");
  auto* editor = f.dialog->Departments();
  const auto before = f.ws.store->departments().list();
  editor->Select(1);
  f.find<wxTextCtrl>("department short name")->SetValue("D4 DISTRICT");
  f.find<wxCheckBox>("department active")->SetValue(false);
  wxCommandEvent tick(wxEVT_CHECKBOX, f.find<wxCheckBox>("department active")->GetId());
  f.find<wxCheckBox>("department active")->ProcessWindowEvent(tick);
  editor->Move(-1);
  editor->AddDepartment();
  f.find<wxTextCtrl>("department name")->SetValue("Mayor's Office of Housing");
  f.find<wxTextCtrl>("department short name")->SetValue("MOH");
  test::settle();
  CHECK(ui::SaveScreenshot(f.dialog, "settings_departments.png"));
  REQUIRE_MESSAGE(f.dialog->Save(), f.dialog->Problem().utf8_string());

  const auto after = f.ws.store->departments().list();
  REQUIRE(after.size() == before.size() + 1);
  CHECK(after[0].name == before[1].name);
  CHECK(after[0].short_name == "D4 DISTRICT");
  CHECK_FALSE(after[0].active);
  CHECK(after[1].name == before[0].name);
  CHECK(after.back().name == "Mayor's Office of Housing");
  CHECK(after.back().short_name == "MOH");

  // A blank short name is refused on the Departments page, and nothing changes.
  f.dialog->Destroy();
  f.Open();
  f.dialog->Departments()->Select(2);
  f.find<wxTextCtrl>("department short name")->SetValue("  ");
  CHECK_FALSE(f.dialog->Save());
  CHECK(f.dialog->Problem().Contains("needs a short name"));
  CHECK(f.page() == "Departments");
  CHECK(f.ws.store->departments().list() == after);
}
