// The morning's huddle from the window, end to end, in the order the chair works: open the database, read the
// Today page, look at the ranked places, create the huddle, run it in presenter mode (next, back, an action added
// with A and marked done with D, Esc), then export the packet. Saves a screenshot of each step in the build folder.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "core/analysis/today_summary.h"
#include "core/jobs/huddle_job.h"
#include "core/jobs/rank_job.h"
#include "core/time/iso.h"
#include "ui/dialogs/action_form_dialog.h"
#include "ui/dialogs/export_packet_dialog.h"
#include "ui/pages/agenda_page.h"
#include "ui/pages/places_page.h"
#include "ui/pages/today_page.h"
#include "ui/presenter/presenter_frame.h"
#include "ui/screenshot.h"

#include "gui_support.h"

using namespace huddle;

namespace {

/// Runs the menu command labelled `item` of menu `menu`, as choosing it does.
void choose_menu(wxFrame* frame, const wxString& menu, const wxString& item) {
  const int id = frame->GetMenuBar()->FindMenuItem(menu, item);
  REQUIRE_MESSAGE(id != wxNOT_FOUND, item.utf8_string());
  wxCommandEvent event(wxEVT_MENU, id);
  event.SetEventObject(frame);
  frame->ProcessWindowEvent(event);
}

}  // namespace

TEST_CASE("the morning's huddle end to end: Today, Places, the huddle, presenter mode, an action, the packet") {
  test::DemoWindow f("flow", "chair");
  const auto schedule = f.ws.settings.schedule();
  const core::Date today = schedule.current_at(f.clock.now()).date;

  // Open: the Today page shows the counts since the last huddle, stream by stream.
  CHECK(f.frame->CurrentPage() == ui::PageId::today);
  REQUIRE(test::wait_until([&] { return !f.frame->Today()->Busy(); }));
  const auto summary = core::summarize_today(*f.ws.store, schedule, f.clock.now());
  REQUIRE(!summary.streams.empty());
  for (const auto& stream : summary.streams) {
    CHECK_MESSAGE(f.frame->Today()->ShownTotal(stream.stream) == wxString::Format("%ld", stream.total), stream.stream);
  }
  test::settle();
  REQUIRE(ui::SaveScreenshot(f.frame, "flow_1_today.png"));

  // Places: the ranked places, the first one's card up.
  f.navigate(ui::PageId::places);
  REQUIRE(test::wait_until([&] { return !f.frame->Places()->Busy(); }));
  const auto ranking = core::rank_huddle(*f.ws.store, f.ws.settings, f.ws.categories, schedule, f.clock.now());
  REQUIRE(ranking.lists.top.size() >= 2);
  CHECK(f.frame->Places()->RowCount() == static_cast<int>(ranking.lists.top.size()));
  CHECK(f.frame->Places()->SelectedPlaceName() == wxString::FromUTF8(ranking.lists.top.front().place.name));
  test::settle();
  REQUIRE(ui::SaveScreenshot(f.frame, "flow_2_places.png"));

  // Create the huddle on the Agenda page: ranked off the UI thread, the top places on its run-of-show.
  f.navigate(ui::PageId::agenda);
  ui::AgendaPage* agenda = f.frame->Agenda();
  test::press(test::child<wxButton>(f.frame, "open huddle"));
  REQUIRE(test::wait_until([&] { return !agenda->Busy() && agenda->HuddleId() != 0; }));
  test::settle();
  const auto huddle = f.ws.store->huddles().by_date(today);
  REQUIRE(huddle);
  CHECK(agenda->HuddleId() == huddle->id);
  const core::HuddleBrief brief = core::read_brief(*f.ws.store, *huddle);
  CHECK(brief.agenda.at(1).place_id == ranking.lists.top.front().place.id);
  REQUIRE(ui::SaveScreenshot(f.frame, "flow_3_agenda.png"));

  // Presenter mode (F5): next to the first place, back, next again.
  wxUIActionSimulator keyboard;
  f.frame->Raise();
  test::child<wxWindow>(f.frame, "navigation")->SetFocus();
  test::settle();
  keyboard.Char(WXK_F5);
  REQUIRE(test::wait_until([&] { return ui::FindPresenter(f.frame) && agenda->CurrentItem().has_value(); }));
  ui::PresenterFrame* presenter = ui::FindPresenter(f.frame);
  CHECK(presenter->Shown().title == brief.agenda[0].title);
  test::press_key(presenter, WXK_RIGHT);
  CHECK(agenda->CurrentItem() == 1u);
  CHECK(presenter->Shown().title == ranking.lists.top.front().place.name);
  test::press_key(presenter, WXK_LEFT);
  CHECK(agenda->CurrentItem() == 0u);
  test::press_key(presenter, WXK_RIGHT);
  CHECK(presenter->Shown().kind == core::AgendaKind::place);

  // A: an action on this place, typed into the quick form; it shows on the slide at once, selected.
  const auto department = f.ws.store->departments().list().front();
  test::DialogAnswer<ui::ActionFormDialog> form([&](ui::ActionFormDialog& d) {
    test::child<wxTextCtrl>(&d, "action title")->SetValue("Needle sweep at the benches");
    test::child<wxChoice>(&d, "action department")->SetStringSelection(wxString::FromUTF8(department.name));
    return wxID_OK;
  });
  test::press_key(presenter, 'A');
  REQUIRE(form.answered);
  REQUIRE(!presenter->Shown().actions.empty());
  CHECK(presenter->Shown().actions.back().title == "Needle sweep at the benches");
  const auto added = presenter->Shown().actions.back().id;
  CHECK(f.ws.store->actions().get(added)->place_id == ranking.lists.top.front().place.id);
  REQUIRE(presenter->SlideView()->Render(wxSize(1920, 1080)).SaveFile("flow_4_presenter.png", wxBITMAP_TYPE_PNG));

  // D: marked done, in the database and on the slide.
  test::press_key(presenter, 'D');
  CHECK(f.ws.store->actions().get(added)->status == core::ActionStatus::done);
  CHECK(presenter->Shown().actions.back().done);

  // Esc leaves; the huddle runs on on the Agenda page.
  test::press_key(presenter, WXK_ESCAPE);
  REQUIRE(test::wait_until([&] { return ui::FindPresenter(f.frame) == nullptr; }));
  CHECK(f.ws.store->huddles().by_date(today)->state == core::HuddleState::live);
  CHECK(agenda->CurrentItem() == 1u);

  // File > Export packet: every format written for today's huddle, the done action in it.
  const auto out = f.dir / "packet";
  std::vector<std::filesystem::path> written;
  test::DialogAnswer<ui::ExportPacketDialog> exporter([&](ui::ExportPacketDialog& d) {
    d.SetFolder(out);
    d.StartExport();
    REQUIRE(test::wait_until([&] { return !d.Busy(); }));
    REQUIRE(ui::SaveScreenshot(&d, "flow_5_export.png"));
    written = d.Written();
    return wxID_CLOSE;
  });
  choose_menu(f.frame, _("File"), _("Export packet..."));
  REQUIRE(exporter.answered);
  REQUIRE(written.size() == 5);
  CHECK(written.front() == out / ("huddle-" + core::format_date(today) + ".pdf"));
  for (const auto& file : written) CHECK_MESSAGE(std::filesystem::file_size(file) > 500, file.string());
  std::ifstream markdown(out / ("huddle-" + core::format_date(today) + ".md"));
  const std::string text((std::istreambuf_iterator<char>(markdown)), std::istreambuf_iterator<char>());
  CHECK(text.find("Needle sweep at the benches") != std::string::npos);
}
