// GUI tests of the Agenda page: the chair creates the morning's huddle, edits its run-of-show, runs it live and
// records the decisions; then the database is read back. Runs under the shared main of gui_test.cpp.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <fmt/format.h>

#include "core/demo/demo_job.h"
#include "core/huddle/run_of_show.h"
#include "core/jobs/huddle_job.h"
#include "core/jobs/workspace.h"
#include "core/time/duration_text.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/main_frame.h"
#include "ui/pages/agenda_page.h"
#include "ui/screenshot.h"
#include "ui/widgets/run_of_show_list.h"

#include "gui_support.h"

using namespace huddle;
using std::chrono::seconds;

namespace {

constexpr const char* kSeat = "chair-at-table-1";



/// A demo database, the main window on it on the Agenda page, a seat name and a clock the test moves.
struct AgendaFixture : test::DemoWindow {
  ui::AgendaPage* page = nullptr;

  AgendaFixture() : DemoWindow("agenda", kSeat) {
    frame->ShowPage(ui::PageId::agenda);
    page = frame->Agenda();
    test::settle();
  }
  core::Date today() const { return ws.settings.schedule().current_at(clock.now()).date; }
  void advance(int s) { clock.set(clock.now() + seconds{s}); }
  template <typename T>
  T* find(const char* name) {
    return test::child<T>(frame, name);
  }
  /// Presses the button named `name` as a click does, without waiting for what it starts.
  void press(const char* name) { test::press(find<wxButton>(name)); }
  /// Presses the button named `name` and lets the window settle.
  void click(const char* name) {
    press(name);
    test::settle();
  }
  /// Sends `key` with Alt held to the focused run-of-show list, as the keyboard does.
  void alt_key(int key) {
    auto* list = find<wxWindow>("run-of-show");
    list->SetFocus();
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.m_altDown = true;
    event.SetEventObject(list);
    list->ProcessWindowEvent(event);
    test::settle();
  }
  std::vector<core::AgendaItem> stored_agenda() { return ws.store->huddles().agenda(page->HuddleId()); }
};

std::size_t index_of_kind(const std::vector<core::AgendaItem>& agenda, core::AgendaKind kind) {
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    if (agenda[i].kind == kind) return i;
  }
  return agenda.size();
}

}  // namespace

TEST_CASE("the Agenda page creates the huddle, edits it, runs it live, records decisions: the database has it all") {
  AgendaFixture f;
  ui::AgendaPage* page = f.page;
  const auto huddles_before = f.ws.store->huddles().list().size();
  CHECK(page->RowCount() == static_cast<int>(huddles_before));
  CHECK(page->HuddleId() == 0);  // the demo holds past huddles only
  CHECK(page->StateText().Contains("no huddle yet"));

  // Create today's huddle: ranked off the UI thread.
  f.press("open huddle");
  CHECK(page->Busy());
  CHECK(!f.find<wxButton>("open huddle")->IsEnabled());
  REQUIRE(test::wait_until([&] { return !page->Busy(); }));
  test::settle();
  const auto stored = f.ws.store->huddles().by_date(f.today());
  REQUIRE(stored);
  CHECK(page->HuddleId() == stored->id);
  CHECK(page->RowCount() == static_cast<int>(huddles_before + 1));
  CHECK(page->StateText().Contains("Draft"));
  const core::HuddleBrief brief = core::read_brief(*f.ws.store, *stored);
  const auto& top = brief.ranking.lists.top;
  REQUIRE(top.size() >= 3);

  // The run-of-show lists the top places in rank order after the data item, with their time boxes.
  REQUIRE(page->ItemCount() == static_cast<int>(brief.agenda.size()));
  CHECK(page->ItemText(0, ui::RunOfShowList::kItem) == "Data and safety-critical items");
  for (std::size_t i = 0; i < top.size(); ++i) {
    const int row = static_cast<int>(i) + 1;
    CHECK(page->ItemText(row, ui::RunOfShowList::kItem) ==
          wxString::FromUTF8(fmt::format("{}. {}", top[i].rank, top[i].place.name)));
    CHECK(page->ItemText(row, ui::RunOfShowList::kTimeBox) == "0:40");
  }
  CHECK(page->TotalText().Contains(wxString::FromUTF8(core::format_mm_ss(core::planned_seconds(brief.agenda)))));

  // Move the second place above the first (the button), then back and up again (Alt+Down, Alt+Up).
  page->SelectItem(2);
  f.click("move up");
  CHECK(page->SelectedItem() == 1u);
  CHECK(f.stored_agenda()[1].place_id == top[1].place.id);
  f.alt_key(WXK_DOWN);
  CHECK(f.stored_agenda()[2].place_id == top[1].place.id);
  f.alt_key(WXK_UP);
  auto agenda = f.stored_agenda();
  CHECK(agenda[1].place_id == top[1].place.id);
  CHECK(agenda[2].place_id == top[0].place.id);
  CHECK(page->ItemText(1, ui::RunOfShowList::kItem).StartsWith("2. "));

  // Re-time, retitle and annotate an item through its fields; each change is stored as it is typed.
  page->SelectItem(0);
  f.find<wxTextCtrl>("time box")->SetValue("2:30");
  f.find<wxTextCtrl>("item title")->SetValue("Data, safety and the overnight EMS picture");
  f.find<wxTextCtrl>("item notes")->SetValue("Two overdoses near the shelter");
  test::settle();
  agenda = f.stored_agenda();
  CHECK(agenda[0].planned_seconds == 150);
  CHECK(agenda[0].title == "Data, safety and the overnight EMS picture");
  CHECK(agenda[0].notes == "Two overdoses near the shelter");
  CHECK(page->ItemText(0, ui::RunOfShowList::kTimeBox) == "2:30");
  f.find<wxTextCtrl>("time box")->SetValue("2:7");  // not a duration: nothing stored
  CHECK(f.stored_agenda()[0].planned_seconds == 150);

  // Add an item after the selected one, then remove it.
  const auto count = agenda.size();
  f.click("add item");
  CHECK(page->ItemCount() == static_cast<int>(count + 1));
  CHECK(f.stored_agenda()[1].kind == core::AgendaKind::other);
  CHECK(page->SelectedItem() == 1u);
  page->RemoveSelected();
  CHECK(f.stored_agenda().size() == count);

  // Attendance: a department that did not come.
  const std::int64_t absent = stored->attendance.front();
  page->SetPresent(absent, false);

  // Run it live.
  const core::UtcTime start = f.clock.now();
  f.click("start huddle");
  CHECK(f.ws.store->huddles().by_date(f.today())->state == core::HuddleState::live);
  CHECK(page->CurrentItem() == 0u);
  CHECK(page->LiveText().Contains("Item 1 of"));
  f.advance(95);
  f.click("next item");
  CHECK(page->CurrentItem() == 1u);
  f.advance(50);
  f.alt_key(WXK_RIGHT);
  CHECK(page->CurrentItem() == 2u);
  agenda = f.stored_agenda();
  CHECK(agenda[0].actual_seconds == 95);
  CHECK(agenda[1].actual_seconds == 50);
  CHECK(!agenda[2].actual_seconds);
  CHECK(page->ItemText(0, ui::RunOfShowList::kActual) == "1:35");
  CHECK(page->ItemText(2, ui::RunOfShowList::kPosition).Contains("3"));
  // The live line's clock is the page's timer reading the (fake) clock once a second.
  f.advance(12);
  CHECK(test::wait_until([&] { return page->LiveText().StartsWith("0:12 / 0:40"); }));
  CHECK(page->TotalText().Contains("2 of them run, in 2:25"));

  // Decisions. The item being run (the first place) gets an action; the room follows it: it is selected.
  REQUIRE(page->SelectedItem() == 2u);
  const auto department = f.ws.store->departments().list().at(5);
  const core::Date due{std::chrono::year{2026} / 11 / 27};
  page->AddAction({"Sharps sweep and bin check", department.id, "Crew 4", due, "", std::nullopt});
  CHECK(page->DecisionText().Contains("Sharps sweep and bin check"));
  CHECK(page->ItemText(2, ui::RunOfShowList::kDecision) == "Sharps sweep and bin check");
  // The third place: no action, with the reason.
  page->SelectItem(3);
  page->MarkNoAction("Cleared by Parks yesterday");
  CHECK(page->ItemText(3, ui::RunOfShowList::kDecision) == "No action: Cleared by Parks yesterday");
  CHECK(f.find<wxButton>("add action")->IsEnabled());  // an action may still be agreed after all
  // The second place: no action first, then an action after all (it takes the no action back).
  page->SelectItem(1);
  page->MarkNoAction("Cooling");
  page->AddAction({"Outreach visit at dusk", department.id, "", std::nullopt, "", std::nullopt});
  CHECK(page->ItemText(1, ui::RunOfShowList::kDecision) == "Outreach visit at dusk");
  CHECK(!f.find<wxButton>("no action")->IsEnabled());  // an action was agreed here

  // The overdue-actions item lists what is carried over, grouped, with age.
  const auto overdue = index_of_kind(brief.agenda, core::AgendaKind::overdue_actions);
  REQUIRE(overdue < brief.agenda.size());
  page->SelectItem(overdue);
  CHECK(page->CarriedRowCount() == static_cast<int>(brief.carried.size()));
  CHECK(page->CarriedRowCount() > 0);
  page->SelectItem(2);
  test::settle();
  REQUIRE(ui::SaveScreenshot(f.frame, "agenda_page.png"));

  // Close: the item being run gets its time.
  f.advance(8);
  f.click("close huddle");
  CHECK(!page->CurrentItem());
  CHECK(page->StateText().Contains("Closed"));
  CHECK(!f.find<wxButton>("add item")->IsEnabled());  // a closed huddle is the record

  // The database holds all of it.
  const auto closed = f.ws.store->huddles().by_date(f.today());
  REQUIRE(closed);
  CHECK(closed->state == core::HuddleState::closed);
  CHECK(std::find(closed->attendance.begin(), closed->attendance.end(), absent) == closed->attendance.end());
  CHECK(closed->attendance.size() == stored->attendance.size() - 1);
  agenda = f.stored_agenda();
  REQUIRE(agenda.size() == brief.agenda.size());
  CHECK(agenda[0].title == "Data, safety and the overnight EMS picture");
  CHECK(agenda[0].planned_seconds == 150);
  CHECK(agenda[0].actual_seconds == 95);
  CHECK(agenda[1].place_id == top[1].place.id);
  CHECK(agenda[1].actual_seconds == 50);
  CHECK(agenda[2].place_id == top[0].place.id);
  CHECK(agenda[2].actual_seconds == 20);  // 12 s, then 8 s more
  for (std::size_t i = 3; i < agenda.size(); ++i) CHECK(!agenda[i].actual_seconds);
  CHECK(f.clock.now() - start == seconds{165});

  std::vector<core::Action> agreed;
  for (const auto& a : f.ws.store->actions().list()) {
    if (a.huddle_id == closed->id) agreed.push_back(a);
  }
  REQUIRE(agreed.size() == 2);
  CHECK(agreed[0].title == "Sharps sweep and bin check");
  CHECK(agreed[0].place_id == top[0].place.id);
  CHECK(agreed[0].place_name == top[0].place.name);
  CHECK(agreed[0].department_id == department.id);
  CHECK(agreed[0].owner == "Crew 4");
  CHECK(agreed[0].due == due);
  CHECK(agreed[0].status == core::ActionStatus::open);
  CHECK(f.ws.store->actions().history(agreed[0].id).front().who == kSeat);
  CHECK(agreed[1].place_id == top[1].place.id);
  CHECK(!agreed[1].due);

  const auto decided = f.ws.store->huddles().no_actions(closed->id);
  REQUIRE(decided.size() == 1);  // the second place's was taken back by its action
  CHECK(decided[0].place_id == top[2].place.id);
  CHECK(decided[0].reason == "Cleared by Parks yesterday");
  CHECK(decided[0].who == kSeat);
}

TEST_CASE("a past huddle opens from the list of huddles, read-only, and looking at a date creates nothing") {
  AgendaFixture f;
  const auto huddles = f.ws.store->huddles().list();
  REQUIRE(!huddles.empty());
  const core::Huddle& last = huddles.front();  // newest first: the demo's last huddle, closed, without a snapshot
  auto* list = f.find<wxListView>("huddles");
  REQUIRE(list->GetItemCount() == static_cast<int>(huddles.size()));
  list->Select(0);  // as a click does
  test::settle();
  CHECK(f.page->HuddleId() == last.id);
  CHECK(f.page->StateText().Contains("Closed"));
  CHECK(!f.find<wxButton>("add item")->IsEnabled());
  CHECK(!f.find<wxButton>("next item")->IsEnabled());
  CHECK(f.find<wxButton>("start huddle")->GetLabelText() == "Resume huddle");
  CHECK(!f.find<wxButton>("start huddle")->IsEnabled());  // no run-of-show was recorded for it
  CHECK(f.page->LiveText() == "No run-of-show was recorded for this huddle.");
  // Back to today: nothing yet, nothing created by looking.
  f.page->ShowDate(f.today());
  CHECK(f.page->HuddleId() == 0);
  CHECK(!f.ws.store->huddles().by_date(f.today()));
}

TEST_CASE("the Add action form on a place needs a title and returns what was typed for that place") {
  AgendaFixture f;
  auto departments = f.ws.store->departments().list();
  const core::Date due{std::chrono::year{2026} / 11 / 27};
  ui::ActionFormDialog dialog(f.frame, "Add action",
                              {departments, departments[2].id, due, {{"c1_2", "near Mass Ave & Melnea Cass Blvd"}}, true});
  CHECK(wxWindow::FindWindowByName("action place", &dialog) == nullptr);  // the place is fixed
  dialog.Show();
  test::settle();
  auto* ok = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
  REQUIRE(ok != nullptr);
  dialog.UpdateWindowUI(wxUPDATE_UI_RECURSE);
  CHECK(!ok->IsEnabled());
  dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("action title", &dialog))->SetValue("  Needle pickup  ");
  dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("action owner", &dialog))->SetValue("Crew 2");
  dialog.UpdateWindowUI(wxUPDATE_UI_RECURSE);
  CHECK(ok->IsEnabled());
  auto draft = dialog.Request();
  CHECK(draft.place_id == "c1_2");
  CHECK(draft.title == "Needle pickup");
  CHECK(draft.department_id == departments[2].id);
  CHECK(draft.owner == "Crew 2");
  CHECK(draft.due == due);
  auto* has_due = dynamic_cast<wxCheckBox*>(wxWindow::FindWindowByName("action has due", &dialog));
  has_due->SetValue(false);
  CHECK(!dialog.Request().due);
  test::settle();
  REQUIRE(ui::SaveScreenshot(&dialog, "agreed_action_dialog.png"));
  dialog.Hide();
}

TEST_CASE("the huddle is run from the keyboard: mnemonics, Alt+arrows, Right in the run-of-show, Tab") {
  AgendaFixture f;
  wxUIActionSimulator keys;
  const auto focused = [] { return wxWindow::FindFocus() ? wxWindow::FindFocus()->GetName() : wxString(); };
  f.find<wxWindow>("navigation")->SetFocus();
  test::settle();
  keys.Char('c', wxMOD_ALT);  // Create / open huddle
  REQUIRE(test::wait_until([&] { return f.page->HuddleId() != 0 && !f.page->Busy(); }));
  test::settle();
  CHECK(focused() == "run-of-show");  // the run-of-show takes the keys once it is there
  CHECK(f.page->SelectedItem() == 0u);

  keys.Char('s', wxMOD_ALT);  // Start huddle
  test::settle();
  REQUIRE(f.page->CurrentItem() == 0u);
  f.advance(30);
  keys.Char('x', wxMOD_ALT);  // Next item
  test::settle();
  CHECK(f.page->CurrentItem() == 1u);
  f.find<wxWindow>("run-of-show")->SetFocus();
  test::settle();
  f.advance(20);
  keys.Char(WXK_RIGHT);  // Right in the run-of-show: next item
  test::settle();
  CHECK(f.page->CurrentItem() == 2u);
  f.advance(5);
  keys.Char(WXK_LEFT, wxMOD_ALT);  // back
  test::settle();
  CHECK(f.page->CurrentItem() == 1u);
  auto agenda = f.stored_agenda();
  CHECK(agenda[0].actual_seconds == 30);
  CHECK(agenda[1].actual_seconds == 20);
  CHECK(agenda[2].actual_seconds == 5);

  // Notes by mnemonic, typed and stored; back to the list from anywhere with Alt+R; Alt+Down moves the item.
  keys.Char('e', wxMOD_ALT);
  test::settle();
  CHECK(focused() == "item notes");
  keys.Text("ok");
  test::settle();
  CHECK(f.stored_agenda()[1].notes == "ok");
  f.find<wxWindow>("navigation")->SetFocus();
  test::settle();
  keys.Char('r', wxMOD_ALT);
  test::settle();
  CHECK(focused() == "run-of-show");
  const std::string moved = f.stored_agenda()[1].place_id;
  keys.Char(WXK_DOWN, wxMOD_ALT);
  test::settle();
  CHECK(f.stored_agenda()[2].place_id == moved);
  CHECK(f.page->CurrentItem() == 2u);  // the item being run moved with its row
  keys.Char('g', wxMOD_ALT);
  test::settle();
  CHECK(focused() == "departments present");
  keys.Char(WXK_TAB);
  test::settle();
  CHECK(focused() == "run-of-show");  // the tab order goes on to the run-of-show
  keys.Char('l', wxMOD_ALT);  // Close huddle
  test::settle();
  CHECK(f.ws.store->huddles().by_date(f.today())->state == core::HuddleState::closed);
}
