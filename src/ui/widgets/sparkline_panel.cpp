#include "ui/widgets/sparkline_panel.h"

#include "core/draw/sparkline.h"

namespace huddle::ui {

SparklinePanel::SparklinePanel(wxWindow* parent, std::vector<long> daily, double usual_low, double usual_high)
    : CairoPanel(parent, "sparkline"), m_daily(std::move(daily)), m_low(usual_low), m_high(usual_high) {
  SetMinSize(FromDIP(wxSize(160, 72)));
}

void SparklinePanel::Draw(cairo_t* cr, const wxSize& size) {
  // The window's font size (points to pixels at 96 dpi) sets the line's weight.
  const double font = GetFont().GetFractionalPointSize() * 96.0 / 72.0;
  const double margin = FromDIP(4);
  core::draw_sparkline(cr, {margin, margin, size.x - 2 * margin, size.y - 2 * margin, font * 1.5}, m_daily, m_low,
                       m_high);
}

}  // namespace huddle::ui
