#include "ui/packet_printout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <cairo.h>
#include <wx/dc.h>
#include <wx/image.h>
#include <wx/intl.h>

namespace huddle::ui {

PacketPrintout::PacketPrintout(std::shared_ptr<const core::Packet> packet,
                               std::shared_ptr<const core::PacketDocument> document)
    : wxPrintout(_("Huddle packet")), m_packet(std::move(packet)), m_document(std::move(document)) {}

void PacketPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
  *min_page = *from = 1;
  *max_page = *to = m_document->page_count();
}

bool PacketPrintout::HasPage(int page) { return page >= 1 && page <= m_document->page_count(); }

bool PacketPrintout::OnPrintPage(int page) {
  wxDC* dc = GetDC();
  if (!dc || !HasPage(page)) return false;
  // Drawn as pixels at the printer's resolution (at most 200 dpi: a page stays under 20 MB), then fitted to the
  // paper; the page in points holds its own margins, as in the PDF.
  int ppi_x = 0, ppi_y = 0;
  GetPPIPrinter(&ppi_x, &ppi_y);
  const double scale = std::clamp(ppi_x, 72, 200) / 72.0;
  const wxImage image = render_packet_page(*m_document, page - 1, scale);
  FitThisSizeToPaper(image.GetSize());
  dc->DrawBitmap(wxBitmap(image), 0, 0);
  return true;
}

wxImage render_packet_page(const core::PacketDocument& document, int index, double scale) {
  const auto [width_pt, height_pt] = document.page_size();
  const int width = static_cast<int>(std::lround(width_pt * scale));
  const int height = static_cast<int>(std::lround(height_pt * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  document.draw_page(cr, index);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  wxImage image(width, height);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  unsigned char* rgb = image.GetData();
  for (int y = 0; y < height; ++y) {
    const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x, rgb += 3) {
      // CAIRO_FORMAT_RGB24 is a native-endian 32-bit word 0x00RRGGBB: bytes B, G, R, X on little-endian machines.
      std::uint32_t pixel = 0;
      std::memcpy(&pixel, row + 4 * x, sizeof pixel);
      rgb[0] = static_cast<unsigned char>(pixel >> 16);
      rgb[1] = static_cast<unsigned char>(pixel >> 8);
      rgb[2] = static_cast<unsigned char>(pixel);
    }
  }
  cairo_surface_destroy(surface);
  return image;
}

}  // namespace huddle::ui
