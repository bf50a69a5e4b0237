// GUI tests of the Actions page: the live tracker on the demo database — grouping, inline edits saved with the
// seat's name and history, another seat's changes shown after the poll, stale edits refused, my department and
// quick-add. Runs under the shared main of gui_test.cpp.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include "core/demo/demo_job.h"
#include "core/huddle/action_tracker.h"
#include "core/jobs/workspace.h"
#include "core/store/sqlite_store.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/main_frame.h"
#include "ui/pages/actions_page.h"
#include "ui/pages/places_page.h"
#include "ui/screenshot.h"
#include "ui/widgets/action_list_model.h"

#include "gui_support.h"

using namespace huddle;

namespace {

constexpr const char* kSeat = "desk-7.pwd";
constexpr const char* kOtherSeat = "desk-2.ems";



unsigned col(ui::ActionColumn c) { return static_cast<unsigned>(c); }

/// A demo database, the main window on it showing the Actions page, this seat named kSeat.
struct ActionsFixture : test::DemoWindow {
  ui::ActionsPage* page = nullptr;

  ActionsFixture() : DemoWindow("actions", kSeat) {
    frame->ShowPage(ui::PageId::actions);
    page = frame->Actions();
    test::settle();
  }
  core::Date today() const { return ws.settings.schedule().current_at(clock.now()).date; }
  /// The local date `n` days after today.
  core::Date in_days(int n) const { return core::Date{std::chrono::sys_days{today()} + std::chrono::days{n}}; }
  ui::ActionListModel& model() { return *page->Model(); }
  /// The text of column `c` on the row of action `id` as the page shows it.
  wxString shown(std::int64_t id, ui::ActionColumn c) {
    const auto row = model().RowOf(id);
    REQUIRE(row.has_value());
    wxVariant value;
    model().GetValueByRow(value, *row, col(c));
    return value.GetString();
  }
  /// Edits cell `c` of action `id` to `value` as the view does when the user commits an edit.
  bool edit(std::int64_t id, ui::ActionColumn c, const wxVariant& value) {
    const auto row = model().RowOf(id);
    REQUIRE(row.has_value());
    return model().ChangeValue(value, model().GetItem(*row), col(c));
  }
  /// A second connection to the same database: another seat.
  std::unique_ptr<core::Store> other_seat() { return core::open_sqlite_store(dir / "huddle.db"); }
};

}  // namespace

TEST_CASE("the Actions page lists every open action grouped, overdue first, with its age and its group's colour") {
  ActionsFixture f;
  const auto expected = core::tracker_rows(*f.ws.store, f.ws.settings.schedule(), f.today(), {});
  const auto stored = f.ws.store->actions().list();
  const auto open = std::count_if(stored.begin(), stored.end(), [](const auto& a) { return core::is_open(a.status); });
  REQUIRE(open > 3);
  REQUIRE(open < static_cast<long>(stored.size()));  // the demo closed some: they stay off the default view
  REQUIRE(f.page->RowCount() == open);
  REQUIRE(expected.size() == static_cast<std::size_t>(open));
  CHECK(f.model().RowAt(0).group == core::ActionGroup::overdue);
  bool due_today = false;
  for (unsigned row = 0; row < f.model().RowCount(); ++row) {
    const auto& shown = f.model().RowAt(row);
    CHECK(shown.action.id == expected[row].action.id);
    if (row > 0) CHECK(f.model().RowAt(row - 1).group <= shown.group);
    CHECK(shown.group != core::ActionGroup::closed);
    due_today = due_today || shown.group == core::ActionGroup::due_today;
    CHECK(f.shown(shown.action.id, ui::ActionColumn::age) == wxString::Format("%d d", expected[row].age_days));
    // Overdue rows are red, due today amber, open green: the colour's strongest channel says which.
    wxDataViewItemAttr attr;
    REQUIRE(f.model().GetAttrByRow(row, col(ui::ActionColumn::title), attr));
    const wxColour bg = attr.GetBackgroundColour();
    if (shown.group == core::ActionGroup::overdue) CHECK((bg.Red() > bg.Green() && bg.Red() > bg.Blue()));
    if (shown.group == core::ActionGroup::due_today) CHECK((bg.Red() >= bg.Green() && bg.Green() > bg.Blue()));
    if (shown.group == core::ActionGroup::open) CHECK((bg.Green() > bg.Red() && bg.Green() > bg.Blue()));
  }
  CHECK(due_today);
  REQUIRE(f.page->SelectAction(expected.front().action.id));
  CHECK(f.page->HistoryRowCount() > 0);
  test::settle();
  REQUIRE(ui::SaveScreenshot(f.frame, "actions_page.png"));
}

TEST_CASE("ticking Done saves status done at once, with a history entry by the seat; unticking reopens") {
  ActionsFixture f;
  const core::Action before = f.model().RowAt(0).action;
  REQUIRE(before.status != core::ActionStatus::done);
  REQUIRE(f.page->SelectAction(before.id));
  const int history_rows = f.page->HistoryRowCount();

  CHECK(f.edit(before.id, ui::ActionColumn::done, wxVariant(true)));  // as a click on the box does
  const auto saved = *f.ws.store->actions().get(before.id);
  CHECK(saved.status == core::ActionStatus::done);
  CHECK(saved.version == before.version + 1);
  const auto history = f.ws.store->actions().history(before.id);
  REQUIRE(!history.empty());
  CHECK(history.back().who == kSeat);
  CHECK(history.back().field == "status");
  CHECK(history.back().old_value == core::to_string(before.status));
  CHECK(history.back().new_value == "done");
  CHECK(f.shown(before.id, ui::ActionColumn::status) == "Done");
  test::settle();
  CHECK(f.page->HistoryRowCount() == history_rows + 1);  // the history below shows the change at once

  f.page->ToggleSelectedDone();  // Ctrl+D
  CHECK(f.ws.store->actions().get(before.id)->status == core::ActionStatus::open);
  CHECK(f.ws.store->actions().history(before.id).back().who == kSeat);
}

TEST_CASE("inline edits: a due date must be a date; a blank title is refused; other fields save at once") {
  ActionsFixture f;
  const core::Action before = f.model().RowAt(0).action;
  CHECK_FALSE(f.edit(before.id, ui::ActionColumn::due, wxVariant("next friday")));
  CHECK(f.page->ShownMessage().Contains("YYYY-MM-DD"));
  CHECK(f.ws.store->actions().get(before.id)->due == before.due);
  CHECK_FALSE(f.edit(before.id, ui::ActionColumn::title, wxVariant("   ")));
  CHECK(f.ws.store->actions().get(before.id)->title == before.title);

  CHECK(f.edit(before.id, ui::ActionColumn::due, wxVariant(" 2026-12-04 ")));
  CHECK(f.ws.store->actions().get(before.id)->due == core::Date{std::chrono::year{2026} / 12 / 4});
  CHECK(f.page->ShownMessage().empty());  // a good edit clears the warning
  CHECK(f.edit(before.id, ui::ActionColumn::due, wxVariant("")));
  CHECK_FALSE(f.ws.store->actions().get(before.id)->due.has_value());
  CHECK(f.edit(before.id, ui::ActionColumn::owner, wxVariant("Crew 4")));
  CHECK(f.edit(before.id, ui::ActionColumn::note, wxVariant("Gate locked; back at 2 PM")));
  CHECK(f.edit(before.id, ui::ActionColumn::status, wxVariant("Blocked")));
  CHECK(f.edit(before.id, ui::ActionColumn::department, wxVariant("Parks and Recreation")));
  const auto saved = *f.ws.store->actions().get(before.id);
  CHECK(saved.owner == "Crew 4");
  CHECK(saved.note == "Gate locked; back at 2 PM");
  CHECK(saved.status == core::ActionStatus::blocked);
  CHECK(saved.department_id == f.ws.store->departments().by_name("Parks and Recreation")->id);
  CHECK(f.shown(before.id, ui::ActionColumn::department) == "Parks and Recreation");
}

TEST_CASE("another seat's change shows after the poll, the selection stays on its action") {
  ActionsFixture f;
  REQUIRE(f.model().RowCount() > 3);
  const std::int64_t changed = f.model().RowAt(0).action.id;
  const std::int64_t selected = f.model().RowAt(2).action.id;
  REQUIRE(f.page->SelectAction(selected));

  auto other = f.other_seat();
  core::Action edit = *other->actions().get(changed);
  edit.title = "Sweep the steps of the library";
  edit.due = f.in_days(3);  // no longer overdue: it moves down the list
  edit.updated_utc = f.clock.now();
  other->actions().update(edit, kOtherSeat);

  // The page polls every second; it shows the change without being asked.
  REQUIRE(
      test::wait_until([&] { return f.model().RowOf(changed) && f.shown(changed, ui::ActionColumn::title) == edit.title; }));
  CHECK(f.model().RowAt(*f.model().RowOf(changed)).group == core::ActionGroup::open);
  CHECK(f.page->SelectedAction() == selected);

  // Closed at the other seat, the selected action leaves the list and nothing is selected in its place.
  core::Action closed = *other->actions().get(selected);
  closed.status = core::ActionStatus::done;
  closed.updated_utc = f.clock.now();
  other->actions().update(closed, kOtherSeat);
  REQUIRE(test::wait_until([&] { return !f.model().RowOf(selected); }));
  CHECK_FALSE(f.page->SelectedAction().has_value());
}

TEST_CASE("a stale edit is refused with a clear message and the fresh values are shown") {
  ActionsFixture f;
  const core::Action shown_before = f.model().RowAt(0).action;
  auto other = f.other_seat();
  core::Action theirs = *other->actions().get(shown_before.id);
  theirs.owner = "Crew 9";
  theirs.updated_utc = f.clock.now();
  other->actions().update(theirs, kOtherSeat);

  // This seat still shows the old version (no poll ran) and edits it.
  CHECK_FALSE(f.edit(shown_before.id, ui::ActionColumn::title, wxVariant("My new title")));
  CHECK(f.page->ShownMessage().Contains("Not saved"));
  CHECK(f.page->ShownMessage().Contains(kOtherSeat));
  const auto stored = *f.ws.store->actions().get(shown_before.id);
  CHECK(stored.title == shown_before.title);
  CHECK(stored.owner == "Crew 9");
  for (const auto& change : f.ws.store->actions().history(shown_before.id)) CHECK(change.who != kSeat);

  test::settle();  // the page reloads once the edit has unwound
  CHECK(f.shown(shown_before.id, ui::ActionColumn::owner) == "Crew 9");
  REQUIRE(f.page->SelectAction(shown_before.id));
  test::settle();
  REQUIRE(ui::SaveScreenshot(f.frame, "actions_conflict.png"));
  CHECK(f.shown(shown_before.id, ui::ActionColumn::title) == wxString::FromUTF8(shown_before.title));
  // On the fresh values the same edit goes through.
  CHECK(f.edit(shown_before.id, ui::ActionColumn::title, wxVariant("My new title")));
  CHECK(f.ws.store->actions().get(shown_before.id)->title == "My new title");
}

TEST_CASE("my department filters the tracker, is remembered for the seat, and quick-add starts from it and the place") {
  ActionsFixture f;
  const auto pwd = *f.ws.store->departments().by_name("Public Works / Sanitation");
  auto* choice = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("my department", f.frame));
  REQUIRE(choice != nullptr);
  REQUIRE(choice->SetStringSelection(wxString::FromUTF8(pwd.name)));
  wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
  event.SetEventObject(choice);
  event.SetInt(choice->GetSelection());
  choice->ProcessWindowEvent(event);

  core::ActionFilter mine;
  mine.department_id = pwd.id;
  const auto expected = core::tracker_rows(*f.ws.store, f.ws.settings.schedule(), f.today(), mine);
  REQUIRE(!expected.empty());
  CHECK(f.page->RowCount() == static_cast<int>(expected.size()));
  for (unsigned row = 0; row < f.model().RowCount(); ++row) CHECK(f.model().RowAt(row).action.department_id == pwd.id);
  CHECK(f.ws.store->setting(std::string("ui.my_department.") + kSeat) == std::to_string(pwd.id));

  {  // Another window of the same seat starts on it; another seat does not.
    auto* again = new ui::ActionsPage(f.frame, f.ws, f.clock);
    CHECK(again->MyDepartment() == pwd.id);
    again->Destroy();
    ::setenv("HUDDLE_SEAT", kOtherSeat, 1);
    auto* other = new ui::ActionsPage(f.frame, f.ws, f.clock);
    CHECK_FALSE(other->MyDepartment().has_value());
    other->Destroy();
    ::setenv("HUDDLE_SEAT", kSeat, 1);
  }

  // The place under discussion is the one selected on the Places page.
  f.frame->ShowPage(ui::PageId::places);
  REQUIRE(test::wait_until([&] { return !f.frame->Places()->Busy(); }));
  const auto place = f.frame->Places()->SelectedPlace();
  REQUIRE(place.has_value());
  CHECK(wxString::FromUTF8(place->name) == f.frame->Places()->SelectedPlaceName());
  f.frame->ShowPage(ui::PageId::actions);

  const auto departments = f.ws.store->departments().list();
  ui::ActionFormDialog dialog(f.frame, "New action",
                              {departments, f.page->MyDepartment(), f.in_days(1), {{place->id, place->name}}, false});
  auto* title = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("action title", &dialog));
  REQUIRE(title != nullptr);
  title->SetValue("Sweep the steps");
  dialog.Show();
  test::settle();
  REQUIRE(ui::SaveScreenshot(&dialog, "quick_add_dialog.png"));
  dialog.Hide();
  const core::NewAction request = dialog.Request();
  CHECK(request.department_id == pwd.id);
  CHECK(request.place_id == place->id);
  CHECK(request.due == f.in_days(1));

  const auto id = f.page->AddAction(request);
  REQUIRE(id.has_value());
  CHECK(f.page->SelectedAction() == id);
  const auto added = *f.ws.store->actions().get(*id);
  CHECK(added.title == "Sweep the steps");
  CHECK(added.department_id == pwd.id);
  CHECK(added.place_name == place->name);
  CHECK(f.ws.store->actions().history(*id).front().who == kSeat);
}

TEST_CASE("the tracker is worked from the keyboard: Ctrl+D ticks Done, arrows pick a column, Enter or F2 edits it") {
  ActionsFixture f;
  auto* view = dynamic_cast<wxDataViewCtrl*>(wxWindow::FindWindowByName("actions", f.frame));
  REQUIRE(view != nullptr);
  const core::Action before = f.model().RowAt(0).action;
  REQUIRE(f.page->SelectAction(before.id));
  view->SetFocus();
  test::settle();
  wxUIActionSimulator keys;
  keys.Char('d', wxMOD_CONTROL);
  test::settle();
  CHECK(f.ws.store->actions().get(before.id)->status == core::ActionStatus::done);
  keys.Char(WXK_RIGHT);  // from Done to the title
  test::settle();
  REQUIRE(view->GetCurrentColumn() != nullptr);
  CHECK(view->GetCurrentColumn()->GetModelColumn() == col(ui::ActionColumn::title));
  keys.Char(WXK_RETURN);
  test::settle();
  keys.Text("Swept");
  keys.Char(WXK_RETURN);
  test::settle();
  CHECK(f.ws.store->actions().get(before.id)->title == "Swept");
  keys.Char(WXK_RIGHT);  // to the department: F2 offers the departments in a menu
  test::settle();
  const std::int64_t first_department = f.ws.store->departments().list().front().id;
  REQUIRE(before.department_id != first_department);
  CHECK(view->GetCurrentColumn()->GetModelColumn() == col(ui::ActionColumn::department));
  keys.Char(WXK_F2);
  keys.Char(WXK_DOWN);  // the first department
  keys.Char(WXK_RETURN);
  test::settle();
  CHECK(f.ws.store->actions().get(before.id)->department_id == first_department);
}
