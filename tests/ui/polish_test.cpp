// GUI tests of what the main window keeps across runs and its help: size, place, page and splitters restored by
// the next window on the same configuration folder; File > Open database and the recent list; the keyboard
// shortcuts list; the About box. Runs under the shared main of gui_test.cpp.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>

#include "core/jobs/workspace.h"
#include "ui/dialogs/about_box.h"
#include "ui/dialogs/shortcuts_dialog.h"
#include "ui/main_frame.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/places_page.h"
#include "ui/presenter/presenter_commands.h"
#include "ui/screenshot.h"
#include "ui/shortcuts.h"

#include "gui_support.h"

using namespace huddle;

namespace {

/// The first splitter inside `window`.
wxSplitterWindow* splitter_in(wxWindow* window) {
  for (wxWindow* child : window->GetChildren()) {
    if (auto* s = dynamic_cast<wxSplitterWindow*>(child)) return s;
    if (auto* s = splitter_in(child)) return s;
  }
  return nullptr;
}

/// The labels of `menu`'s items.
std::vector<wxString> labels_of(const wxMenu& menu) {
  std::vector<wxString> out;
  for (const wxMenuItem* item : menu.GetMenuItems()) out.push_back(item->GetItemLabelText());
  return out;
}

}  // namespace

TEST_CASE("a new main window opens with the last one's size, place, page and splitters") {
  test::DemoWindow demo("polish-layout");
  auto* first = new ui::MainFrame(demo.ws, demo.clock);
  first->SetSize(1180, 720);
  first->Move(60, 50);
  first->Show();
  first->ShowPage(ui::PageId::places);
  test::settle();
  // The user drags the Places page's splitter, then goes on to the Actions page and moves its splitter too.
  wxSplitterWindow* places = splitter_in(first->Places());
  REQUIRE(places != nullptr);
  places->SetSashPosition(600);
  wxSplitterEvent dragged(wxEVT_SPLITTER_SASH_POS_CHANGED, places);
  dragged.SetSashPosition(600);
  places->ProcessWindowEvent(dragged);
  first->ShowPage(ui::PageId::actions);
  test::settle();
  wxSplitterWindow* actions = splitter_in(first->Actions());
  REQUIRE(actions != nullptr);
  actions->SetSashPosition(260);
  test::settle();
  REQUIRE(actions->GetSashPosition() == 260);
  first->Close(true);  // as the window manager's close button does
  test::settle();
  CHECK(std::filesystem::exists(demo.dir / "config" / "ui.conf"));  // in the --config folder, not the home

  auto* second = new ui::MainFrame(demo.ws, demo.clock);
  second->Show();
  test::settle();
  CHECK(second->GetSize() == wxSize(1180, 720));
  CHECK(second->GetPosition() == wxPoint(60, 50));
  CHECK(second->CurrentPage() == ui::PageId::actions);
  CHECK(splitter_in(second->Actions())->GetSashPosition() == 260);
  second->ShowPage(ui::PageId::places);
  test::settle();
  CHECK(splitter_in(second->Places())->GetSashPosition() == 600);
  second->Destroy();
  test::settle();
}

TEST_CASE("File > Open database opens another database in a new window and the recent list keeps both") {
  test::DemoWindow demo("polish-open");
  const auto other = demo.dir / "other.db";
  core::Workspace::open({other, demo.dir / "config", HUDDLE_SOURCE_RESOURCES});  // a second, empty database

  auto* first = new ui::MainFrame(demo.ws, demo.clock);
  first->Show();
  first->ShowPage(ui::PageId::agenda);
  test::settle();
  ui::MainFrame* second = first->OpenDatabase(other);
  REQUIRE(second != nullptr);
  test::settle();
  CHECK(second->GetStatusBar()->GetStatusText(1) == wxString::FromUTF8(other.string()));
  CHECK(second->CurrentPage() == ui::PageId::agenda);  // it opens where the other window was
  const auto recent = second->RecentDatabases();
  REQUIRE(recent.size() >= 2);
  CHECK(recent[0] == other);
  CHECK(std::find(recent.begin(), recent.end(), demo.dir / "huddle.db") != recent.end());

  // File > Open recent lists them, newest first.
  wxMenuBar* bar = second->GetMenuBar();
  wxMenu* file = bar->GetMenu(static_cast<size_t>(bar->FindMenu("File")));
  wxMenuItem* recent_item = nullptr;
  for (wxMenuItem* item : file->GetMenuItems()) {
    if (item->GetItemLabelText() == "Open recent") recent_item = item;
  }
  REQUIRE(recent_item != nullptr);
  const auto items = labels_of(*recent_item->GetSubMenu());
  REQUIRE(items.size() >= 2);
  CHECK(items[0].Contains("other.db"));

  // The next start remembers the list.
  auto* third = new ui::MainFrame(demo.ws, demo.clock);
  CHECK(third->RecentDatabases().size() == recent.size());
  CHECK(third->RecentDatabases()[1] == other);  // this window's own database comes first now
  third->Destroy();
  second->Destroy();
  test::settle();
}

TEST_CASE("the keyboard shortcuts list every menu accelerator and the Agenda page's, the map's and presenter mode's keys") {
  test::DemoWindow demo("polish-keys");
  wxMenuBar* bar = demo.frame->GetMenuBar();
  const auto shortcuts = ui::AllShortcuts(*bar);
  std::set<wxString> keys;
  for (const auto& s : shortcuts) keys.insert(s.keys);
  for (const char* expected : {"Ctrl+N", "Ctrl+E", "Ctrl+I", "Ctrl+P", "Ctrl+O", "Ctrl+,", "F1", "F5", "Alt+Up",
                               "Alt+Right", "Ctrl+M", "Home, 0", "Arrow keys", "Space", "Esc", "+", "-", "A", "D", "N", "C",
                               "Right, Page Down", "Up", "Down"}) {
    CHECK_MESSAGE(keys.count(expected) == 1, expected);
  }
  const auto new_action =
      std::find_if(shortcuts.begin(), shortcuts.end(), [](const auto& s) { return s.keys == "Ctrl+N"; });
  REQUIRE(new_action != shortcuts.end());
  CHECK(new_action->what == "New action...");
  CHECK(new_action->where == "Actions");
  // Presenter mode's keys come from the table its key handler and console buttons run.
  const auto presenter_commands = ui::PresenterCommands();
  for (const auto& command : presenter_commands) {
    CHECK_MESSAGE(std::any_of(shortcuts.begin(), shortcuts.end(),
                              [&](const auto& s) { return s.keys == command.keys && s.what == command.what; }),
                  command.keys.utf8_string());
  }

  // Read from the menus: a command added to a menu is listed without anyone updating the list.
  bar->GetMenu(0)->Append(wxID_ANY, "Brand new command\tCtrl+Shift+Y");
  const auto again = ui::AllShortcuts(*bar);
  CHECK(std::any_of(again.begin(), again.end(),
                    [](const auto& s) { return s.keys == "Ctrl+Shift+Y" && s.what == "Brand new command"; }));

  auto* dialog = new ui::ShortcutsDialog(demo.frame, shortcuts);
  dialog->Show();
  test::settle();
  wxListView* list = dialog->List();
  bool listed = false;
  for (int row = 0; row < list->GetItemCount(); ++row) {
    listed = listed || (list->GetItemText(row, 0).Strip(wxString::both) == "Ctrl+E" &&
                        list->GetItemText(row, 1) == "Export packet...");
  }
  CHECK(listed);
  CHECK(ui::SaveScreenshot(dialog, "shortcuts_dialog.png"));
  dialog->Destroy();
  test::settle();
}

TEST_CASE("the About box gives the version, the licence line and where the data stays") {
  test::DemoWindow demo("polish-about");
  const auto info = ui::AboutInfo(demo.ws.paths);
  CHECK(info.GetVersion() == HUDDLE_VERSION);
  CHECK(info.GetDescription().Contains("Licence:"));
  CHECK(info.GetDescription().Contains(wxString::FromUTF8((demo.dir / "huddle.db").string())));
  CHECK(info.GetDescription().Contains("never a person"));
}
