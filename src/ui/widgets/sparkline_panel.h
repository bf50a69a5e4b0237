#pragma once
/// \file
/// SparklinePanel: 28 daily counts as a line (core::draw_sparkline), as on the packet's citywide summary.

#include <vector>

#include "ui/widgets/cairo_panel.h"

namespace huddle::ui {

/// Paints core::draw_sparkline of the counts it was given, on white.
class SparklinePanel final : public CairoPanel {
 public:
  /// A sparkline of `daily` (oldest first) with the usual band `usual_low`..`usual_high` a day behind it.
  SparklinePanel(wxWindow* parent, std::vector<long> daily, double usual_low, double usual_high);

 private:
  void Draw(cairo_t* cr, const wxSize& size) override;

  std::vector<long> m_daily;
  double m_low;
  double m_high;
};

}  // namespace huddle::ui
