#include "core/report/packet_table.h"

#include <algorithm>
#include <memory>

#include "core/report/packet_blocks.h"

namespace huddle::core {
namespace {

constexpr double kPadX = 4;
constexpr double kPadY = 3;
constexpr double kCellSize = 8;
constexpr double kHeadingSize = 7.2;
constexpr Rgb kHeadingInk{0.30, 0.30, 0.30};
constexpr Rgb kZebra{0.95, 0.95, 0.95};
constexpr Rgb kStrongBand{0.89, 0.89, 0.89};
constexpr Rgb kHairline{0.84, 0.84, 0.84};
constexpr Rgb kRule{0.25, 0.25, 0.25};

void fill_rect(cairo_t* cr, Rgb c, double x, double y, double w, double h) {
  cairo_save(cr);
  set_colour(cr, c);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  cairo_restore(cr);
}

void hline(cairo_t* cr, Rgb c, double width, double x0, double x1, double y) {
  cairo_save(cr);
  set_colour(cr, c);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, x0, y);
  cairo_line_to(cr, x1, y);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

TableBuilder::TableBuilder(const TextKit& kit, double width, std::vector<TableColumn> columns, std::string title)
    : m_kit(kit), m_width(width), m_columns(std::move(columns)), m_title(std::move(title)) {
  double fixed = 0;
  for (const auto& c : m_columns) fixed += c.width;
  double x = 0;
  for (auto& c : m_columns) {
    if (c.width <= 0) c.width = std::max(4 * kPadX, width - fixed);
    m_x.push_back(x);
    x += c.width;
  }
}

double TableBuilder::content_width(std::size_t column) const {
  return std::max(1.0, m_columns.at(column).width - 2 * kPadX);
}

TextStyle TableBuilder::cell_style(std::size_t column) const {
  TextStyle s;
  s.size = kCellSize;
  s.right = m_columns.at(column).right;
  return s;
}

Block TableBuilder::text_cell(std::size_t column, std::string_view text) const {
  return text_block(m_kit, text, cell_style(column), content_width(column));
}

void TableBuilder::group_heading(std::size_t first, std::size_t last, std::string label) {
  m_groups.push_back({first, std::min(last, m_columns.size() - 1), std::move(label)});
}

void TableBuilder::add_row(std::vector<Block> cells, RowStyle style) {
  cells.resize(std::min(cells.size(), m_columns.size()));
  double content = 0;
  for (const auto& c : cells) content = std::max(content, c.height);
  const double height = content + 2 * kPadY;
  const bool shaded = style == RowStyle::plain && m_plain_rows++ % 2 == 1;
  if (style == RowStyle::strong) m_plain_rows = 0;
  m_rows.push_back(
      {height, 0,
       [cells = std::move(cells), x_of = m_x, width = m_width, height, shaded, style](cairo_t* cr, double x, double y) {
         if (style == RowStyle::strong) {
           fill_rect(cr, kStrongBand, x, y, width, height);
           hline(cr, kRule, 0.5, x, x + width, y + 0.25);
         } else if (shaded) {
           fill_rect(cr, kZebra, x, y, width, height);
         }
         hline(cr, kHairline, 0.3, x, x + width, y + height - 0.15);
         for (std::size_t i = 0; i < cells.size(); ++i) cells[i].draw(cr, x + x_of[i] + kPadX, y + kPadY);
       }});
}

Block TableBuilder::header(bool continued) const {
  std::vector<Block> lines;
  if (continued) {
    TextStyle s{7.5, false, {0.40, 0.40, 0.40}};
    lines.push_back(text_block(m_kit, m_title + " (continued)", s, m_width));
  }
  if (!m_groups.empty()) {
    TextStyle s{kHeadingSize, true, kHeadingInk};
    s.centre = true;
    std::vector<std::pair<double, Block>> parts;
    for (const auto& g : m_groups) {
      const double w = m_x[g.last] + m_columns[g.last].width - m_x[g.first];
      Block label = text_block(m_kit, g.label, s, w - 2 * kPadX);
      const double h = label.height;
      // The label with a rule under it that shows which columns it covers.
      parts.emplace_back(m_x[g.first] + kPadX,
                         Block{h + 2, 0, [label = std::move(label), w, h](cairo_t* cr, double x, double y) {
                                 label.draw(cr, x, y);
                                 hline(cr, kHeadingInk, 0.5, x, x + w - 2 * kPadX, y + h + 1);
                               }});
    }
    lines.push_back(side_by_side(std::move(parts)));
  }
  std::vector<std::pair<double, Block>> headings;
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    TextStyle s{kHeadingSize, true, kHeadingInk};
    s.right = m_columns[i].right;
    headings.emplace_back(m_x[i] + kPadX, text_block(m_kit, m_columns[i].heading, s, content_width(i)));
  }
  // Headings sit on the rule: shorter ones are pushed down to the tallest one's last line.
  double tallest = 0;
  for (const auto& [x, b] : headings) tallest = std::max(tallest, b.height);
  for (auto& [x, b] : headings) {
    const double drop = tallest - b.height;
    if (drop > 0) b = stacked({spacer(drop), std::move(b)});
  }
  lines.push_back(side_by_side(std::move(headings)));
  Block body = stacked(std::move(lines), 2);
  const double height = body.height + kPadY + 2;
  return {height, 0, [body = std::move(body), width = m_width](cairo_t* cr, double x, double y) {
            body.draw(cr, x, y);
            hline(cr, kRule, 0.9, x, x + width, y + body.height + kPadY);
          }};
}

TableBlocks TableBuilder::build() const {
  TableBlocks out{header(false), header(true), m_rows};
  out.header.space_before = 4;
  return out;
}

}  // namespace huddle::core
