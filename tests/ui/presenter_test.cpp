// GUI tests of presenter mode (F5): the chair runs the huddle from the keyboard on a full-screen slide, the Agenda
// page follows, the database has it all; screenshots of the slide at 1920x1080 and 1280x720. Runs under the shared
// main of gui_test.cpp.

#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <string>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "core/huddle/countdown.h"
#include "core/jobs/huddle_job.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/main_frame.h"
#include "ui/pages/agenda_page.h"
#include "ui/presenter/presenter_console.h"
#include "ui/presenter/presenter_displays.h"
#include "ui/presenter/presenter_frame.h"
#include "ui/screenshot.h"

#include "gui_support.h"

using namespace huddle;
using std::chrono::seconds;

namespace {

constexpr const char* kSeat = "chair-at-the-projector";

/// The demo database and the main window, a seat, a clock the test moves.
struct PresenterFixture : test::DemoWindow {
  ui::AgendaPage* page = nullptr;

  PresenterFixture() : DemoWindow("presenter", kSeat) { page = frame->Agenda(); }
  core::Date today() const { return ws.settings.schedule().current_at(clock.now()).date; }
  void advance(int s) { clock.set(clock.now() + seconds{s}); }
  ui::PresenterFrame* presenter() const { return ui::FindPresenter(frame); }
  /// Presses `key` in presenter mode, as the keyboard does (the frame's key hook sees every key first).
  void key(int code, wxWindow* target = nullptr) {
    test::press_key(target ? target : static_cast<wxWindow*>(presenter()), code);
  }
  std::vector<core::AgendaItem> stored_agenda() { return ws.store->huddles().agenda(page->HuddleId()); }
  /// Presses Right until the item being run is of `kind`.
  void next_until(core::AgendaKind kind) {
    for (int i = 0; i < 40 && presenter()->Shown().kind != kind; ++i) key(WXK_RIGHT);
    REQUIRE(presenter()->Shown().kind == kind);
  }
};

std::vector<core::Action> agreed_at(core::Store& store, std::int64_t huddle) {
  std::vector<core::Action> out;
  for (auto& a : store.actions().list()) {
    if (a.huddle_id == huddle) out.push_back(a);
  }
  return out;
}

}  // namespace

TEST_CASE("F5 opens presenter mode on the huddle in force and the keys run it live, the Agenda page following") {
  PresenterFixture f;
  wxUIActionSimulator keys;
  f.frame->Raise();
  test::child<wxWindow>(f.frame, "navigation")->SetFocus();
  test::settle();
  keys.Char(WXK_F5);
  // No huddle was shown: the one in force is created off the UI thread, then started.
  REQUIRE(test::wait_until([&] { return f.presenter() && f.page->CurrentItem().has_value(); }));
  test::settle();
  ui::PresenterFrame* p = f.presenter();
  CHECK(p->IsFullScreen());
  CHECK(p->Console() == nullptr);  // one display: presentation only
  const auto stored = f.ws.store->huddles().by_date(f.today());
  REQUIRE(stored);
  CHECK(stored->state == core::HuddleState::live);
  const core::HuddleBrief brief = core::read_brief(*f.ws.store, *stored);
  const auto& top = brief.ranking.lists.top;
  REQUIRE(top.size() >= 2);
  CHECK(f.page->CurrentItem() == 0u);
  CHECK(p->Shown().position == "Item 1 of " + std::to_string(brief.agenda.size()));
  CHECK(p->Shown().title == brief.agenda[0].title);
  CHECK(p->Clock().live);

  // Right: the first place, with its name, explanation, counts by stream and the map's place.
  f.advance(30);
  f.key(WXK_RIGHT);
  CHECK(f.page->CurrentItem() == 1u);
  CHECK(f.page->LiveText().Contains("Item 2 of"));  // the Agenda page shows the same item
  CHECK(p->Shown().kind == core::AgendaKind::place);
  CHECK(p->Shown().title == top[0].place.name);
  CHECK(p->Shown().explanation == top[0].explanation);
  CHECK(!p->Shown().counts.empty());
  CHECK(p->Shown().place_id == top[0].place.id);
  CHECK(f.stored_agenda()[0].actual_seconds == 30);
  // Left and Right again: each item's time is recorded as the room moves.
  f.advance(10);
  f.key(WXK_LEFT);
  CHECK(f.page->CurrentItem() == 0u);
  CHECK(f.stored_agenda()[1].actual_seconds == 10);
  f.advance(5);
  f.key(WXK_RIGHT);
  CHECK(f.page->CurrentItem() == 1u);
  CHECK(f.stored_agenda()[0].actual_seconds == 35);

  // Space pauses: the clock stops while the room talks on, and goes on from where it stood.
  const int box = brief.agenda[1].planned_seconds;
  f.advance(8);  // 10 s on the first visit, 8 s now
  f.key(WXK_SPACE);
  CHECK(f.page->Paused());
  CHECK(f.page->LiveText().Contains("paused"));
  CHECK(p->Clock().paused);
  CHECK(p->Clock().countdown.left_seconds == box - 18);
  f.advance(120);
  test::settle();
  CHECK(p->Clock().countdown.left_seconds == box - 18);
  f.key(WXK_SPACE);
  CHECK(!f.page->Paused());
  f.advance(box - 18 - 5);  // 5 s left: amber
  CHECK(test::wait_until([&] { return p->Clock().countdown.left_seconds == 5; }));
  CHECK(p->Clock().countdown.phase == core::CountdownPhase::low);
  REQUIRE(p->SlideView()->Render(wxSize(1280, 720)).SaveFile("presenter_amber_1280.png", wxBITMAP_TYPE_PNG));
  f.advance(12);  // over by 7 s: red, the overrun shown
  CHECK(test::wait_until([&] { return p->Clock().countdown.left_seconds == -7; }));
  CHECK(p->Clock().countdown.phase == core::CountdownPhase::out);
  CHECK(core::format_countdown(p->Clock().countdown) == "+0:07");
  REQUIRE(p->SlideView()->Render(wxSize(1280, 720)).SaveFile("presenter_over_1280.png", wxBITMAP_TYPE_PNG));

  // + and -: a minute more or less in the time box, stored at once.
  f.key('+');
  CHECK(f.stored_agenda()[1].planned_seconds == box + 60);
  CHECK(p->Clock().planned_seconds == box + 60);
  CHECK(p->Clock().countdown.phase != core::CountdownPhase::out);
  f.key('-');
  CHECK(f.stored_agenda()[1].planned_seconds == box);
  f.key('=');  // the "+" key without Shift
  CHECK(f.stored_agenda()[1].planned_seconds == box + 60);

  // A: the action form (over the presentation: there is no console), filled in; the action shows at once, selected.
  const auto department = f.ws.store->departments().list().at(5);
  const std::size_t listed = p->Shown().actions.size();
  test::DialogAnswer<ui::ActionFormDialog> form([&](ui::ActionFormDialog& d) {
    test::child<wxTextCtrl>(&d, "action title")->SetValue("Sharps sweep and bin check");
    test::child<wxChoice>(&d, "action department")->SetStringSelection(wxString::FromUTF8(department.name));
    test::child<wxTextCtrl>(&d, "action owner")->SetValue("Crew 4");
    d.UpdateWindowUI(wxUPDATE_UI_RECURSE);
    CHECK(d.FindWindow(wxID_OK)->IsEnabled());
    return wxID_OK;
  });
  f.key('A');
  REQUIRE(form.answered);
  CHECK(form.parent == p);
  auto agreed = agreed_at(*f.ws.store, stored->id);
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].title == "Sharps sweep and bin check");
  CHECK(agreed[0].place_id == top[0].place.id);
  CHECK(agreed[0].department_id == department.id);
  CHECK(f.ws.store->actions().history(agreed[0].id).front().who == kSeat);
  REQUIRE(p->Shown().actions.size() == listed + 1);
  CHECK(p->Shown().actions.back().title == "Sharps sweep and bin check");
  CHECK(p->Shown().actions.back().who == department.short_name + ", Crew 4");
  CHECK(p->SelectedAction() == listed);
  CHECK(f.page->DecisionText().Contains("Sharps sweep and bin check"));

  // D: the selected action is done, stored and ticked on the slide.
  f.key('D');
  CHECK(f.ws.store->actions().get(agreed[0].id)->status == core::ActionStatus::done);
  CHECK(p->Shown().actions.back().done);
  f.key(WXK_UP);
  if (listed > 0) CHECK(p->SelectedAction() == listed - 1);

  // Screenshots as the room sees a place: at the projector's 1920x1080 and at 1280x720.
  for (const auto& [name, size] : {std::pair{"presenter_1920.png", wxSize(1920, 1080)},
                                   std::pair{"presenter_1280.png", wxSize(1280, 720)}}) {
    const wxBitmap shot = p->SlideView()->Render(size);
    REQUIRE(shot.IsOk());
    CHECK(shot.GetSize() == size);
    REQUIRE(shot.SaveFile(name, wxBITMAP_TYPE_PNG));
  }
  REQUIRE(ui::SaveScreenshot(p, "presenter_screen.png"));

  // N on the next place: no action, with the reason.
  f.key(WXK_RIGHT);
  REQUIRE(p->Shown().kind == core::AgendaKind::place);
  CHECK(p->Shown().title == top[1].place.name);
  CHECK(!p->Clock().paused);
  test::DialogAnswer<wxTextEntryDialog> why([](wxTextEntryDialog& d) {
    d.SetValue("Cleared by Parks yesterday");
    return wxID_OK;
  });
  f.key('N');
  REQUIRE(why.answered);
  const auto decided = f.ws.store->huddles().no_actions(stored->id);
  REQUIRE(decided.size() == 1);
  CHECK(decided[0].place_id == top[1].place.id);
  CHECK(decided[0].reason == "Cleared by Parks yesterday");
  CHECK(p->Shown().decision == "No action: Cleared by Parks yesterday");

  // The actions item: the overdue and due-today list; D ticks the first one off.
  f.next_until(core::AgendaKind::overdue_actions);
  const auto& actions = p->Shown().actions;
  REQUIRE(!actions.empty());
  CHECK(p->SelectedAction() == 0u);
  const std::int64_t first = actions[0].id;
  CHECK(f.ws.store->actions().get(first)->due <= f.today());
  f.key('D');
  CHECK(f.ws.store->actions().get(first)->status == core::ActionStatus::done);
  CHECK(p->Shown().actions[0].done);
  CHECK(p->SelectedAction() != 0u);  // on to the next one still to do
  test::settle();
  REQUIRE(p->SlideView()->Render(wxSize(1280, 720)).SaveFile("presenter_actions_1280.png", wxBITMAP_TYPE_PNG));

  // C shows the facilitator's box; Esc leaves: the item's time so far is stored, the huddle runs on.
  f.key('C');
  CHECK(p->SlideView()->OverlayShown());
  REQUIRE(p->SlideView()->Render(wxSize(1280, 720)).SaveFile("presenter_keys_1280.png", wxBITMAP_TYPE_PNG));
  const std::size_t current = *f.page->CurrentItem();
  f.advance(7);
  f.key(WXK_ESCAPE);
  CHECK(test::wait_until([&] { return f.presenter() == nullptr; }));
  CHECK(f.stored_agenda()[current].actual_seconds == 7);
  CHECK(f.page->CurrentItem() == current);
  CHECK(f.ws.store->huddles().by_date(f.today())->state == core::HuddleState::live);
  CHECK(f.frame->CurrentPage() == ui::PageId::agenda);

  // The Agenda page's button opens it again on the huddle as it runs: same item, its clock going on.
  auto* again = test::child<wxButton>(f.frame, "presenter mode");
  wxCommandEvent click(wxEVT_BUTTON, again->GetId());
  click.SetEventObject(again);
  again->ProcessWindowEvent(click);
  REQUIRE(test::wait_until([&] { return f.presenter() != nullptr; }));
  test::settle();
  CHECK(f.presenter()->Shown().position == "Item " + std::to_string(current + 1) + " of " +
                                                std::to_string(brief.agenda.size()));
  CHECK(f.page->CurrentItem() == current);
  f.key(WXK_ESCAPE);
  CHECK(test::wait_until([&] { return f.presenter() == nullptr; }));
}

TEST_CASE("with two displays the slide goes to the one the main window is not on, the console stays with it") {
  const std::vector<wxRect> laptop_and_projector{wxRect(0, 0, 1600, 900), wxRect(1600, 0, 1920, 1080)};
  auto plan = ui::ChooseDisplays(laptop_and_projector, 0);
  CHECK(plan.presentation == 1);
  CHECK(plan.console == 0);
  plan = ui::ChooseDisplays(laptop_and_projector, 1);  // the main window was moved to the big screen
  CHECK(plan.presentation == 0);
  CHECK(plan.console == 1);
  plan = ui::ChooseDisplays({wxRect(0, 0, 1280, 800)}, 0);
  CHECK(plan.presentation == 0);
  CHECK(!plan.console);
  // Three displays: the largest that is not the laptop's; an unknown main display counts as the first.
  plan = ui::ChooseDisplays({wxRect(0, 0, 1280, 800), wxRect(1280, 0, 1024, 768), wxRect(2304, 0, 1920, 1080)}, -1);
  CHECK(plan.presentation == 2);
  CHECK(plan.console == 0);
}

TEST_CASE("the facilitator's console shows the clock and the next item, takes the keys and holds the action form") {
  PresenterFixture f;
  f.frame->ShowPage(ui::PageId::agenda);
  f.page->OpenHuddle();
  REQUIRE(test::wait_until([&] { return f.page->HuddleId() != 0 && !f.page->Busy(); }));
  // Two displays, faked: the presentation on the second (off this screen), the console on the first.
  auto* p = new ui::PresenterFrame(f.frame, *f.page, f.ws, {wxRect(0, 0, 1600, 900), wxRect(1600, 0, 1920, 1080)},
                                   {1, 0});
  test::settle();
  ui::PresenterConsole* console = p->Console();
  REQUIRE(console != nullptr);
  REQUIRE(f.page->CurrentItem() == 0u);  // the draft huddle was started
  const auto agenda = f.stored_agenda();
  CHECK(console->ClockText().Contains("left of"));
  CHECK(test::child<wxStaticText>(console, "console next")->GetLabelText() ==
        wxString::FromUTF8("Next: " + agenda[1].title));
  f.key(WXK_RIGHT, console);  // the chair's keys go to the console
  CHECK(f.page->CurrentItem() == 1u);
  test::DialogAnswer<ui::ActionFormDialog> form([](ui::ActionFormDialog&) { return wxID_CANCEL; });
  f.key('A', console);
  REQUIRE(form.answered);
  CHECK(form.parent == console);  // the form opens on the laptop, not on the wall
  CHECK(agreed_at(*f.ws.store, f.page->HuddleId()).empty());
  test::settle();
  REQUIRE(ui::SaveScreenshot(console, "presenter_console.png"));
  f.key(WXK_ESCAPE, console);
  CHECK(test::wait_until([&] { return f.presenter() == nullptr; }));
}
