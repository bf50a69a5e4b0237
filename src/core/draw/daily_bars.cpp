#include "core/draw/daily_bars.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/draw/colour.h"
#include "core/draw/text_line.h"
#include "core/model/event.h"
#include "core/report/today_text.h"

namespace huddle::core {
namespace {

/// Okabe-Ito colours (told apart with every common colour-vision deficiency): 311 blue, EMS vermillion, then the rest.
Rgb stream_colour(const std::string& stream, std::size_t index) {
  if (stream == kStream311) return {0.000, 0.447, 0.698};
  if (stream == kStreamEms) return {0.835, 0.369, 0.000};
  static constexpr std::array<Rgb, 4> kOthers{
      {{0.000, 0.620, 0.451}, {0.800, 0.475, 0.655}, {0.337, 0.706, 0.914}, {0.600, 0.600, 0.600}}};
  return kOthers[index % kOthers.size()];
}

/// A tick label under the bars: its slot and text.
struct Tick {
  std::size_t slot;
  std::string text;
};

/// "4 weeks ago" at the first slot, each week after it, "yesterday" at the last slot (the 24 h before the cutoff).
std::vector<Tick> ticks_for(std::size_t slots) {
  std::vector<Tick> ticks;
  for (std::size_t ago = slots; ago > 1; --ago) {
    if (ago % 7 == 0)
      ticks.push_back({slots - ago, ago == 7 ? "1 week ago" : fmt::format("{} weeks ago", ago / 7)});
    else if (ago == slots)
      ticks.push_back({0, fmt::format("{} days ago", ago)});
  }
  ticks.push_back({slots - 1, "yesterday"});
  return ticks;
}

}  // namespace

void draw_daily_bars(cairo_t* cr, const ChartBox& box, const std::map<std::string, std::vector<long>>& daily) {
  cairo_save(cr);
  TextLine text(cr, box.font_size);
  const double line = text.height();
  const double gap = box.font_size * 0.5;

  std::size_t slots = 0;
  for (const auto& [stream, counts] : daily) slots = std::max(slots, counts.size());
  std::vector<long> totals(slots, 0);
  for (const auto& [stream, counts] : daily) {
    for (std::size_t i = 0; i < counts.size(); ++i) totals[i] += counts[i];
  }
  const long highest = slots == 0 ? 0 : *std::max_element(totals.begin(), totals.end());

  // Legend: a swatch and a label per stream, then what a bar counts.
  double x = box.x;
  std::size_t index = 0;
  for (const auto& [stream, counts] : daily) {
    set_colour(cr, stream_colour(stream, index++));
    cairo_rectangle(cr, x, box.y + line * 0.2, line * 0.6, line * 0.6);
    cairo_fill(cr);
    set_colour(cr, kTextColour);
    const std::string label = stream_label(stream);
    text.draw(label, x + line * 0.8, box.y);
    x += line * 0.8 + text.width(label) + line;
  }
  set_colour(cr, kTextColour);
  text.draw("reports a day", x, box.y);

  // Plot area: the y labels on the left, the tick labels below.
  const std::string top_label = std::to_string(highest);
  const double plot_left = box.x + std::max(text.width(top_label), text.width("0")) + gap;
  const double plot_right = box.x + box.width - 1;
  const double plot_top = box.y + line + gap + line * 0.5;
  const double plot_bottom = box.y + box.height - line - gap;
  const double plot_width = plot_right - plot_left;
  const double plot_height = plot_bottom - plot_top;
  if (slots == 0 || plot_width <= 0 || plot_height <= 0) {
    cairo_restore(cr);
    return;
  }

  cairo_set_line_width(cr, 1);
  set_colour(cr, kGridColour);
  cairo_move_to(cr, plot_left, plot_top + 0.5);
  cairo_line_to(cr, plot_right, plot_top + 0.5);
  cairo_stroke(cr);
  set_colour(cr, kTextColour);
  text.draw(top_label, plot_left - gap - text.width(top_label), plot_top - line / 2);
  text.draw("0", plot_left - gap - text.width("0"), plot_bottom - line / 2);

  const double slot_width = plot_width / static_cast<double>(slots);
  const double bar_width = std::max(1.0, slot_width * 0.78);
  const double unit = highest > 0 ? plot_height / static_cast<double>(highest) : 0;
  for (std::size_t i = 0; i < slots; ++i) {
    double bottom = plot_bottom;
    index = 0;
    for (const auto& [stream, counts] : daily) {
      const long n = i < counts.size() ? counts[i] : 0;
      set_colour(cr, stream_colour(stream, index++));
      if (n <= 0) continue;
      const double h = static_cast<double>(n) * unit;
      cairo_rectangle(cr, plot_left + static_cast<double>(i) * slot_width + (slot_width - bar_width) / 2, bottom - h,
                      bar_width, h);
      cairo_fill(cr);
      bottom -= h;
    }
  }

  set_colour(cr, kAxisColour);
  cairo_move_to(cr, plot_left, plot_bottom + 0.5);
  cairo_line_to(cr, plot_right, plot_bottom + 0.5);
  cairo_stroke(cr);

  // Ticks: the first and the last label always; one between them only where it does not touch its neighbours.
  const auto ticks = ticks_for(slots);
  std::vector<std::pair<double, double>> taken;  // label extents already drawn
  const auto place = [&](const Tick& tick, bool forced) {
    const double centre = plot_left + (static_cast<double>(tick.slot) + 0.5) * slot_width;
    const double w = text.width(tick.text);
    const double left = std::clamp(centre - w / 2, box.x, box.x + box.width - w);
    for (const auto& [l, r] : taken) {
      if (!forced && left < r + gap && left + w > l - gap) return;
    }
    taken.emplace_back(left, left + w);
    set_colour(cr, kAxisColour);
    cairo_move_to(cr, std::round(centre) + 0.5, plot_bottom);
    cairo_line_to(cr, std::round(centre) + 0.5, plot_bottom + gap * 0.6);
    cairo_stroke(cr);
    set_colour(cr, kTextColour);
    text.draw(tick.text, left, plot_bottom + gap * 0.6);
  };
  place(ticks.front(), true);
  place(ticks.back(), true);
  for (std::size_t i = 1; i + 1 < ticks.size(); ++i) place(ticks[i], false);
  cairo_restore(cr);
}

}  // namespace huddle::core
