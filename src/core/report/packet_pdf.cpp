#include "core/report/packet_pdf.h"

#include <string>
#include <vector>

#include <cairo-pdf.h>
#include <fmt/format.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/report/packet_flow.h"
#include "core/report/packet_sections.h"
#include "core/report/packet_text.h"
#include "core/time/local_format.h"

namespace huddle::core {
namespace {

/// Margins on every side: nothing is drawn outside them (most printers cannot print the outer 5 mm).
constexpr double kMargin = 36;
/// Height of the running header (city, date, page N of M) and of the footer, within the margins.
constexpr double kHeaderHeight = 24;
constexpr double kFooterHeight = 18;

/// Said at the foot of every page (ARCHITECTURE §8).
constexpr const char* kFooter = "Contains no personal information — counts and places only. Do not add names.";

std::string packet_title(const Packet& packet) {
  return fmt::format("{} CRT huddle packet, {}", packet.city, format_long_date(packet.brief.huddle.date));
}

/// Collects the PDF cairo writes.
cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct PacketDocument::Layout {
  TextKit kit;
  double width = 0, height = 0;
  std::vector<PageBlocks> pages;
  std::vector<Block> chrome;  // per page: running header and footer
};

PacketDocument::PacketDocument(const Packet& packet) : m_layout(std::make_unique<Layout>()) {
  Layout& l = *m_layout;
  std::tie(l.width, l.height) = paper_points(packet.paper);
  const double body_width = l.width - 2 * kMargin;
  const double body_height = l.height - 2 * kMargin - kHeaderHeight - kFooterHeight;
  const PacketContext context{packet, l.kit, body_width, body_height};
  PageFlow flow(body_height);
  add_header_section(context, flow);
  add_citywide_section(context, flow);
  add_top_places_section(context, flow);
  add_map_section(context, flow);
  add_watch_section(context, flow);
  add_actions_section(context, flow);
  add_run_of_show_section(context, flow);
  add_place_cards(context, flow);
  add_method_section(context, flow);
  l.pages = flow.finish();

  const std::string running =
      fmt::format("{} CRT huddle · {}", packet.city, format_long_date(packet.brief.huddle.date));
  const auto footer = l.kit.box(kFooter, TextStyle{7, false, kMuted}, body_width);
  const int count = static_cast<int>(l.pages.size());
  for (int i = 0; i < count; ++i) {
    TextStyle right{7.5, false, kMuted};
    right.right = true;
    const auto page = l.kit.box(fmt::format("page {} of {}", i + 1, count), right, 90);
    const auto title = l.kit.box(running, TextStyle{7.5, true, kMuted}, body_width - 100);
    l.chrome.push_back({0, 0, [title, page, footer, body_width, h = l.height](cairo_t* cr, double x, double y) {
                          title->draw(cr, x, y);
                          page->draw(cr, x + body_width - 90, y);
                          const double footer_top = h - kMargin - footer->height();
                          cairo_save(cr);
                          set_colour(cr, {0.6, 0.6, 0.6});
                          cairo_set_line_width(cr, 0.5);
                          cairo_move_to(cr, x, y + title->height() + 3);
                          cairo_line_to(cr, x + body_width, y + title->height() + 3);
                          cairo_move_to(cr, x, footer_top - 4);
                          cairo_line_to(cr, x + body_width, footer_top - 4);
                          cairo_stroke(cr);
                          cairo_restore(cr);
                          footer->draw(cr, x, footer_top);
                        }});
  }
}

PacketDocument::~PacketDocument() = default;

int PacketDocument::page_count() const { return static_cast<int>(m_layout->pages.size()); }

std::pair<double, double> PacketDocument::page_size() const { return {m_layout->width, m_layout->height}; }

void PacketDocument::draw_page(cairo_t* cr, int index) const {
  const Layout& l = *m_layout;
  const auto i = static_cast<std::size_t>(index);
  const PageBlocks& page = l.pages.at(i);
  cairo_save(cr);
  l.chrome.at(i).draw(cr, kMargin, kMargin);
  const double top = kMargin + kHeaderHeight;
  for (const auto& placed : page) {
    if (placed.scale < 1) {
      // Taller than a page body: shrunk rather than cut off.
      cairo_save(cr);
      cairo_translate(cr, kMargin, top + placed.y);
      cairo_scale(cr, placed.scale, placed.scale);
      placed.block->draw(cr, 0, 0);
      cairo_restore(cr);
    } else {
      placed.block->draw(cr, kMargin, top + placed.y);
    }
  }
  cairo_restore(cr);
}

void write_packet_pdf(const Packet& packet, const std::filesystem::path& path) {
  const PacketDocument document(packet);
  const auto [width, height] = document.page_size();
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &pdf, width, height);
  const std::string title = packet_title(packet);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, kFooter);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Huddle " HUDDLE_VERSION);
  // The packet's own time rather than the clock's: the same packet gives the same file.
  const std::string made = format_local_iso(packet.generated_utc, packet.schedule);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, made.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, made.c_str());
  cairo_t* cr = cairo_create(surface);
  for (int i = 0; i < document.page_count(); ++i) {
    document.draw_page(cr, i);
    cairo_show_page(cr);
  }
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw ExportError(fmt::format("cannot write {}: {}", path.string(), cairo_status_to_string(status)));
  }
  write_file_atomically(path, pdf);
}

}  // namespace huddle::core
