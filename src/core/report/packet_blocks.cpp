#include "core/report/packet_blocks.h"

#include <algorithm>
#include <cmath>

namespace huddle::core {
namespace {

void rounded_rectangle(cairo_t* cr, double x, double y, double w, double h, double r) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
  cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

}  // namespace

Block text_block(std::shared_ptr<const TextBox> text, double space_before) {
  const double height = text->height();
  return {height, space_before, [text = std::move(text)](cairo_t* cr, double x, double y) { text->draw(cr, x, y); }};
}

Block text_block(const TextKit& kit, std::string_view text, const TextStyle& style, double width, double space_before) {
  return text_block(kit.box(text, style, width), space_before);
}

Block stacked(std::vector<Block> parts, double gap) {
  double height = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) height += parts[i].height + (i > 0 ? gap : 0);
  return {height, 0, [parts = std::move(parts), gap](cairo_t* cr, double x, double y) {
            for (const auto& p : parts) {
              p.draw(cr, x, y);
              y += p.height + gap;
            }
          }};
}

Block side_by_side(std::vector<std::pair<double, Block>> parts) {
  double height = 0;
  for (const auto& [offset, b] : parts) height = std::max(height, b.height);
  return {height, 0, [parts = std::move(parts)](cairo_t* cr, double x, double y) {
            for (const auto& [offset, b] : parts) b.draw(cr, x + offset, y);
          }};
}

Block indented(Block block, double indent, bool with_bar, Rgb bar) {
  const double height = block.height;
  const double space_before = block.space_before;
  return {height, space_before, [block = std::move(block), indent, with_bar, bar](cairo_t* cr, double x, double y) {
            if (with_bar) {
              cairo_save(cr);
              set_colour(cr, bar);
              cairo_rectangle(cr, x, y, 2.5, block.height);
              cairo_fill(cr);
              cairo_restore(cr);
            }
            block.draw(cr, x + indent, y);
          }};
}

Block on_band(Block block, double width, double padding, Rgb fill) {
  const double height = block.height + 2 * padding;
  const double space_before = block.space_before;
  return {height, space_before,
          [block = std::move(block), width, padding, fill, height](cairo_t* cr, double x, double y) {
            cairo_save(cr);
            set_colour(cr, fill);
            cairo_rectangle(cr, x, y, width + 2 * padding, height);
            cairo_fill(cr);
            cairo_restore(cr);
            block.draw(cr, x + padding, y + padding);
          }};
}

Block spacer(double height) {
  return {height, 0, [](cairo_t*, double, double) {}};
}

Block badge_row(const TextKit& kit, const std::vector<Badge>& badges, double width, double size) {
  struct Placed {
    std::shared_ptr<const TextBox> text;
    Rgb fill, border;
    double x, y, w, h;
  };
  const double pad_x = size * 0.45, pad_y = size * 0.12, gap = size * 0.5;
  std::vector<Placed> placed;
  double x = 0, y = 0, line = 0;
  for (const auto& b : badges) {
    auto text = kit.box(b.text, TextStyle{size, false, b.ink}, std::max(1.0, width - 2 * pad_x));
    const double w = text->width() + 2 * pad_x, h = text->height() + 2 * pad_y;
    if (x > 0 && x + w > width) {  // onto the next line
      x = 0;
      y += line + gap * 0.6;
      line = 0;
    }
    placed.push_back({std::move(text), b.fill, b.border, x, y, w, h});
    x += w + gap;
    line = std::max(line, h);
  }
  const double height = placed.empty() ? 0 : y + line;
  return {height, 0, [placed = std::move(placed), pad_x, pad_y](cairo_t* cr, double x0, double y0) {
            cairo_save(cr);
            cairo_set_line_width(cr, 0.6);
            for (const auto& p : placed) {
              rounded_rectangle(cr, x0 + p.x + 0.3, y0 + p.y + 0.3, p.w - 0.6, p.h - 0.6, std::min(2.0, p.h / 2));
              set_colour(cr, p.fill);
              cairo_fill_preserve(cr);
              set_colour(cr, p.border);
              cairo_stroke(cr);
              p.text->draw(cr, x0 + p.x + pad_x, y0 + p.y + pad_y);
            }
            cairo_restore(cr);
          }};
}

}  // namespace huddle::core
