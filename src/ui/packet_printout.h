#pragma once
/// \file
/// PacketPrintout: the printed packet's pages for wx's print preview and printing, drawn by the same code as the
/// PDF (core::PacketDocument), so that the preview shows exactly the pages of the PDF.

#include <memory>

#include <wx/print.h>

#include "core/report/packet_pdf.h"

namespace huddle::ui {

/// One printing or preview of a packet. Shares the packet and its laid-out pages with other printouts of it.
class PacketPrintout final : public wxPrintout {
 public:
  /// `packet` is kept alive by the printout; `document` must be laid out from it.
  PacketPrintout(std::shared_ptr<const core::Packet> packet, std::shared_ptr<const core::PacketDocument> document);
  /// Pages 1..N, all selected.
  void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
  /// True for 1..N.
  bool HasPage(int page) override;
  /// Draws page `page` (from 1) scaled to the paper's printable area at the device's resolution.
  bool OnPrintPage(int page) override;

 private:
  std::shared_ptr<const core::Packet> m_packet;
  std::shared_ptr<const core::PacketDocument> m_document;
};

/// The pixels of page `index` (from 0) of `document` at `scale` device pixels per point, on white.
wxImage render_packet_page(const core::PacketDocument& document, int index, double scale);

}  // namespace huddle::ui
