#pragma once
/// \file
/// Tables of the printed packet: column headings (with optional headings over a group of columns), zebra rows whose
/// cells are any blocks (wrapped text, badges, a sparkline), made into blocks the page flow breaks between rows.

#include <string>
#include <vector>

#include "core/report/packet_flow.h"
#include "core/report/packet_text.h"

namespace huddle::core {

/// One column.
struct TableColumn {
  std::string heading;  ///< Its heading (may wrap onto two lines).
  double width = 0;     ///< In points, padding included; 0 for the one column that takes what is left.
  bool right = false;   ///< Heading aligned right (over numbers).
};

/// How a row looks.
enum class RowStyle {
  plain,   ///< Zebra-striped with its neighbours.
  strong,  ///< A total or a group's first line: a light band and a rule above.
};

/// Builds a table `width` points wide.
class TableBuilder {
 public:
  /// `title` names the table on the pages it continues on ("Top places (continued)").
  TableBuilder(const TextKit& kit, double width, std::vector<TableColumn> columns, std::string title);

  /// The width a cell's content may take in column `column` (padding taken off).
  double content_width(std::size_t column) const;
  /// The text style of a cell of column `column` (right-aligned numbers where the heading is).
  TextStyle cell_style(std::size_t column) const;
  /// A cell of plain text in `column` (wrapped to its width).
  Block text_cell(std::size_t column, std::string_view text) const;
  /// `label` over columns `first`..`last` (a heading above theirs, with a rule under it).
  void group_heading(std::size_t first, std::size_t last, std::string label);
  /// A row: one block per column (fewer leave the rest empty), tops aligned.
  void add_row(std::vector<Block> cells, RowStyle style = RowStyle::plain);

  /// The table's blocks.
  TableBlocks build() const;

 private:
  Block header(bool continued) const;

  struct Group {
    std::size_t first, last;
    std::string label;
  };
  const TextKit& m_kit;
  double m_width;
  std::vector<TableColumn> m_columns;
  std::vector<double> m_x;  // left edge of each column
  std::string m_title;
  std::vector<Group> m_groups;
  std::vector<Block> m_rows;
  int m_plain_rows = 0;
};

}  // namespace huddle::core
