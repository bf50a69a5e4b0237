#pragma once
/// \file
/// DailyBarsPanel: a place's 28-day bars by stream on screen, drawn by the same core code as the packet's.

#include <map>
#include <string>
#include <vector>

#include "ui/widgets/cairo_panel.h"

namespace huddle::ui {

/// Paints core::draw_daily_bars on the window's own cairo context, on white.
class DailyBarsPanel final : public CairoPanel {
 public:
  /// An empty chart; SetDaily() gives it bars.
  explicit DailyBarsPanel(wxWindow* parent);
  /// Shows `daily` (per stream: day-slot counts, oldest first, as core::RankedPlace::daily); empty shows nothing.
  void SetDaily(const std::map<std::string, std::vector<long>>& daily);

 private:
  void Draw(cairo_t* cr, const wxSize& size) override;

  std::map<std::string, std::vector<long>> m_daily;
};

}  // namespace huddle::ui
