#pragma once
/// \file
/// The printed packet: the huddle's pages laid out with pango and drawn with cairo — to a PDF file, or page by page
/// on any cairo context (the GUI's print preview and printing use the same pages). No wx: works on a server.

#include <filesystem>
#include <memory>

#include <cairo.h>

#include "core/report/packet.h"

namespace huddle::core {

/// A packet laid out into pages of its paper size. Contents in order (ARCHITECTURE §7): header with cutoff, window
/// and freshness per stream; citywide summary with sparklines; top places table; map; watch list; actions (overdue,
/// due today, open); run-of-show; one card per top place; method, weights and data quality. Every page has a
/// header (city, huddle date, "page N of M") and the "no personal information" footer. Tables break across pages
/// with their header repeated; long text wraps.
class PacketDocument {
 public:
  /// Lays out `packet` (kept by reference: it must outlive the document).
  explicit PacketDocument(const Packet& packet);
  ~PacketDocument();
  PacketDocument(const PacketDocument&) = delete;
  PacketDocument& operator=(const PacketDocument&) = delete;

  /// Number of pages.
  int page_count() const;
  /// Page width and height in points.
  std::pair<double, double> page_size() const;
  /// Draws page `index` (from 0) on `cr`, whose user units are points with the page's top-left at the origin. Paints
  /// no background (the caller's paper shows through) and nothing outside the 0.5-inch margins; leaves the context's
  /// state as it found it. Throws std::out_of_range for an index past the last page.
  void draw_page(cairo_t* cr, int index) const;

 private:
  struct Layout;
  std::unique_ptr<Layout> m_layout;
};

/// Writes `packet` as a PDF at `path` (vector, fonts embedded), whole or not at all. Throws ExportError.
void write_packet_pdf(const Packet& packet, const std::filesystem::path& path);

}  // namespace huddle::core
