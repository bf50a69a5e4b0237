// The printed packet read back as its readers get it: the PDF's text through pdftotext, its pages through pdfinfo,
// and every page drawn on an image as the print preview does — nothing outside the margins, long names wrapped,
// tables continued with their heading, cards whole.

#include <cairo.h>

#include <cstdlib>
#include <regex>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "core/agenda_fixture.h"
#include "core/packet_fixture.h"
#include "core/report/packet_blocks.h"
#include "core/report/packet_flow.h"
#include "core/report/packet_pdf.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;
using test::make_packet;
using test::PacketShape;

namespace {

/// Margin the packet promises on every side, in points.
constexpr double kMargin = 36;

/// Output of a poppler tool run on `pdf` (`tool` is "pdftotext -layout" or "pdfinfo"); fails the test when it fails.
std::string poppler(const test::TempDir& dir, const std::string& tool, const std::filesystem::path& pdf,
                    const std::string& options = "") {
  const auto out = dir.path() / "tool-output.txt";
  const std::string command = fmt::format("{} {} '{}' {} > '{}' 2>&1", tool, options, pdf.string(),
                                          tool.rfind("pdftotext", 0) == 0 ? "-" : "", out.string());
  REQUIRE_MESSAGE(std::system(command.c_str()) == 0, command << "\n" << test::read_text(out));
  return test::read_text(out);
}

long occurrences(const std::string& text, const std::string& what) {
  long n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

/// pdftotext puts a wrapped name on several lines: the text with every run of white space made one space.
std::string one_line(const std::string& text) { return std::regex_replace(text, std::regex(R"(\s+)"), " "); }

/// Pixels that are not white outside the margins (less a point for antialiasing) of each page, drawn at
/// `scale` pixels per point on white as the print preview does; one count per page.
std::vector<long> ink_outside_margins(const PacketDocument& document, double scale) {
  const auto [w, h] = document.page_size();
  const int pw = static_cast<int>(std::ceil(w * scale)), ph = static_cast<int>(std::ceil(h * scale));
  std::vector<long> out;
  for (int page = 0; page < document.page_count(); ++page) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    document.draw_page(cr, page);
    CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const double inner = (kMargin - 1) * scale;
    long n = 0;
    for (int y = 0; y < ph; ++y) {
      for (int x = 0; x < pw; ++x) {
        const bool outside = x < inner || y < inner || x >= pw - inner || y >= ph - inner;
        const unsigned char* p = data + y * stride + x * 4;
        if (outside && (p[0] < 250 || p[1] < 250 || p[2] < 250)) ++n;
      }
    }
    out.push_back(n);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  return out;
}

Block box(double height) {
  return {height, 0, [](cairo_t*, double, double) {}};
}

}  // namespace

TEST_CASE("packet pdf: the text holds the places, counts, actions and run-of-show, on every page its header") {
  test::TempDir dir;
  const Packet packet = make_packet();
  const auto pdf = dir.path() / "packet.pdf";
  write_packet_pdf(packet, pdf);

  const std::string text = poppler(dir, "pdftotext", pdf);
  const std::string flat = one_line(text);
  for (const auto* list : {&packet.brief.ranking.lists.top, &packet.brief.ranking.lists.watch}) {
    for (const auto& p : *list) CHECK_MESSAGE(flat.find(p.place.name) != std::string::npos, p.place.name);
  }
  for (const auto& a : packet.actions) CHECK_MESSAGE(flat.find(a.title) != std::string::npos, a.title);
  for (const auto& item : packet.brief.agenda) CHECK_MESSAGE(flat.find(item.title) != std::string::npos, item.title);
  CHECK(flat.find("311, all reports") != std::string::npos);
  CHECK(flat.find("212") != std::string::npos);                       // the citywide 311 count
  CHECK(flat.find("150–190") != std::string::npos);                   // and its usual range
  CHECK(flat.find("Cleared by PWD yesterday") != std::string::npos);  // a no-action decision on its card
  CHECK(flat.find("Newest EMS report") != std::string::npos);
  CHECK(flat.find("Overdue (") != std::string::npos);
  CHECK(flat.find("Due today (") != std::string::npos);
  CHECK(flat.find("Needle pickup") != std::string::npos);  // categories by their label

  const PacketDocument document(packet);
  const std::string info = poppler(dir, "pdfinfo", pdf);
  CHECK(std::regex_search(info, std::regex(fmt::format(R"(Pages: +{}\n)", document.page_count()))));
  CHECK(std::regex_search(info, std::regex("Title: +Boston CRT huddle packet, Thursday 26 November 2026\n")));
  CHECK(document.page_count() >= 4);
  for (int page = 1; page <= document.page_count(); ++page) {
    CHECK(occurrences(text, fmt::format("page {} of {}", page, document.page_count())) == 1);
  }
  CHECK(occurrences(text, "Contains no personal information") == document.page_count());
  CHECK(occurrences(text, "Thursday 26 November 2026") >= document.page_count());
}

TEST_CASE("packet pdf: A4 and letter packets have their paper's page size") {
  test::TempDir dir;
  const auto letter = dir.path() / "letter.pdf", a4 = dir.path() / "a4.pdf";
  write_packet_pdf(make_packet({.paper = PaperSize::letter}), letter);
  write_packet_pdf(make_packet({.paper = PaperSize::a4}), a4);
  CHECK(std::regex_search(poppler(dir, "pdfinfo", letter), std::regex(R"(Page size: +612 x 792 pts \(letter\))")));
  CHECK(std::regex_search(poppler(dir, "pdfinfo", a4), std::regex(R"(Page size: +595.276 x 841.89 pts \(A4\))")));
  const Packet packet = make_packet({.paper = PaperSize::a4});
  CHECK(PacketDocument(packet).page_size().first == doctest::Approx(595.276).epsilon(0.001));
}

TEST_CASE("packet pdf: a 200-character name and 150 actions wrap and continue, never outside the margins") {
  std::string name = "near ";
  while (name.size() < 200) name += "Massachusetts Ave & Melnea Cass Blvd / ";
  name.resize(200);
  const Packet packet = make_packet({.actions = 150, .first_name = name});
  const PacketDocument document(packet);

  for (const auto scale : {1.0, 1.5}) {
    const auto ink = ink_outside_margins(document, scale);
    for (std::size_t page = 0; page < ink.size(); ++page) {
      CHECK_MESSAGE(ink[page] == 0, "page " << page + 1 << " at scale " << scale << " has ink outside the margins");
    }
  }

  test::TempDir dir;
  const auto pdf = dir.path() / "long.pdf";
  write_packet_pdf(packet, pdf);
  const std::string text = poppler(dir, "pdftotext", pdf);
  // The open actions run over pages: their heading row again on each, named as continued.
  CHECK(occurrences(text, "Action and place") >= 3);
  CHECK(text.find("Actions: Open (") != std::string::npos);
  CHECK(text.find("(continued)") != std::string::npos);
  // The long name is wrapped, not cut: all of it is there.
  CHECK(one_line(text).find(one_line(name.substr(0, 60))) != std::string::npos);
  CHECK(one_line(text).find("Blvd / Massachusetts Ave & Melnea Cass Blvd / Massachusetts") != std::string::npos);
}

TEST_CASE("packet pdf: text that is not UTF-8 is printed with a replacement mark, not dropped") {
  test::TempDir dir;
  Packet packet = make_packet({.top = 3, .watch = 1, .actions = 2});
  packet.actions[1].title = "Board the gap \xff\xfe behind the fence";
  const auto pdf = dir.path() / "bytes.pdf";
  write_packet_pdf(packet, pdf);
  CHECK(poppler(dir, "pdftotext", pdf).find("Board the gap \xef\xbf\xbd\xef\xbf\xbd behind the fence") !=
        std::string::npos);
}

TEST_CASE("packet pdf: a file that cannot be written is an ExportError naming it, and leaves nothing behind") {
  test::TempDir dir;
  const auto pdf = dir.path() / "no such folder" / "packet.pdf";
  try {
    write_packet_pdf(make_packet({.top = 2, .watch = 0, .actions = 3}), pdf);
    FAIL("no error");
  } catch (const ExportError& e) {
    CHECK(std::string(e.what()).find(pdf.string()) != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(pdf));
}

TEST_CASE("page flow: headings stay with what follows, cards move whole to a fresh page, tables repeat headers") {
  PageFlow flow(100);
  flow.add(box(70));
  flow.heading(box(10));
  flow.add(box(25));                       // heading + block do not fit below the 70: both go to page 2
  flow.keep_together({box(30), box(40)});  // 35 + 70 > 100: the card starts page 3
  flow.table({box(8), box(9), {box(20), box(20), box(20), box(20)}});  // header + 40 fit page 3; the rest continue
  flow.keep_together({box(80), box(80)});                              // taller than any page: flowed
  const auto pages = flow.finish();
  REQUIRE(pages.size() == 6);
  CHECK(pages[0].size() == 1);
  CHECK(pages[1].size() == 2);
  CHECK(pages[1][0].block->height == 10);
  REQUIRE(pages[2].size() == 4);  // card (2 blocks), table header, first row: 98
  CHECK(pages[2][2].block->height == 8);
  REQUIRE(pages[3].size() == 4);  // continued header, then the other three rows
  CHECK(pages[3][0].block->height == 9);
  CHECK(pages[3][0].y == 0);
  CHECK(pages[4].size() == 1);
  CHECK(pages[5].size() == 1);
  for (const auto& page : pages) {
    for (const auto& placed : page) CHECK(placed.y + placed.block->height * placed.scale <= 100.01);
  }
}
