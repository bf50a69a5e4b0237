// The packet from the window: File > Export packet writes every format off the UI thread, and the print preview's
// pages are the PDF's pages, drawn by the same code.

#include <doctest/doctest.h>

#include "core/jobs/packet_job.h"
#include "gui_support.h"
#include "ui/dialogs/export_packet_dialog.h"
#include "ui/packet_printout.h"
#include "ui/pages/agenda_page.h"
#include "ui/screenshot.h"

using namespace huddle;

namespace {

/// Share of the image's pixels that are not white.
double inked_share(const wxImage& image) {
  const unsigned char* rgb = image.GetData();
  const long pixels = static_cast<long>(image.GetWidth()) * image.GetHeight();
  long inked = 0;
  for (long i = 0; i < pixels; ++i) {
    if (rgb[3 * i] < 250 || rgb[3 * i + 1] < 250 || rgb[3 * i + 2] < 250) ++inked;
  }
  return static_cast<double>(inked) / static_cast<double>(pixels);
}

}  // namespace

TEST_CASE("Export packet writes the chosen formats into the chosen folder and remembers the folder") {
  test::DemoWindow f("export");
  const core::Date date = f.ws.settings.schedule().current_at(f.clock.now()).date;
  const auto out = f.dir / "packets";
  {
    ui::ExportPacketDialog dialog(f.frame, f.ws, f.clock, date);
    dialog.SetFolder(out);
    dialog.SetFormat(core::PacketFormat::markdown, false);
    dialog.Show();
    test::settle();
    REQUIRE(ui::SaveScreenshot(&dialog, "export_packet_dialog.png"));
    dialog.StartExport();
    CHECK(dialog.Busy());
    REQUIRE(test::wait_until([&] { return !dialog.Busy(); }));
    INFO(dialog.StatusText().utf8_string());
    const auto& written = dialog.Written();
    REQUIRE(written.size() == 4);
    CHECK(written[0] == out / "huddle-2026-11-26.pdf");
    CHECK(written[1] == out / "huddle-2026-11-26.xlsx");
    for (const auto& file : written) CHECK(std::filesystem::file_size(file) > 1000);
    CHECK(!std::filesystem::exists(out / "huddle-2026-11-26.md"));
    CHECK(dialog.StatusText().Contains("Wrote 4 files"));
    dialog.Hide();
  }
  ui::ExportPacketDialog again(f.frame, f.ws, f.clock, date);
  again.StartExport();
  REQUIRE(test::wait_until([&] { return !again.Busy(); }));
  REQUIRE(again.Written().size() == 5);  // every format ticked again, into the remembered folder
  CHECK(again.Written()[2].parent_path() == out);
}

TEST_CASE("the print preview draws the PDF's pages: as many, each with ink, the first one a page of its paper") {
  test::DemoWindow f("preview");
  const core::Date date = f.ws.settings.schedule().current_at(f.clock.now()).date;
  const auto brief = core::open_huddle(*f.ws.store, f.ws.settings, f.ws.categories, f.ws.settings.schedule(), date);
  auto packet = std::make_shared<const core::Packet>(core::gather_packet(f.ws, brief, f.clock.now()));
  auto document = std::make_shared<const core::PacketDocument>(*packet);
  REQUIRE(document->page_count() >= 3);
  ui::PacketPrintout printout(packet, document);
  int min_page = 0, max_page = 0, from = 0, to = 0;
  printout.GetPageInfo(&min_page, &max_page, &from, &to);
  CHECK(min_page == 1);
  CHECK(max_page == document->page_count());
  CHECK(printout.HasPage(max_page));
  CHECK(!printout.HasPage(max_page + 1));
  for (int page = 0; page < document->page_count(); ++page) {
    const wxImage image = ui::render_packet_page(*document, page, 1.0);
    CHECK(image.GetWidth() == 612);  // US Letter in points
    CHECK(image.GetHeight() == 792);
    CHECK(inked_share(image) > 0.01);
  }
  REQUIRE(ui::render_packet_page(*document, 0, 2.0).SaveFile("packet_page_1.png", wxBITMAP_TYPE_PNG));
}
