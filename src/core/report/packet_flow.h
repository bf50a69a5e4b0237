#pragma once
/// \file
/// Pagination of the printed packet: blocks of known height flowed down pages, headings kept with what follows,
/// groups (a place's card) kept on one page when they fit one, tables continued with their header repeated.

#include <functional>
#include <memory>
#include <vector>

#include <cairo.h>

namespace huddle::core {

/// A piece of a page as wide as the body, measured once.
struct Block {
  double height = 0;        ///< Height in points.
  double space_before = 0;  ///< Gap above it, dropped at the top of a page.
  /// Draws it with its top-left at (x, y) of a context in points; leaves the context's state as it found it.
  std::function<void(cairo_t* cr, double x, double y)> draw;
};

/// A table as blocks: its header, the header again on a page the rows continue on, and one block per row.
struct TableBlocks {
  Block header;             ///< Column headings (and whatever goes with them) on the table's first page.
  Block continued_header;   ///< The same on every later page ("... continued").
  std::vector<Block> rows;  ///< Never split: a row goes whole to the next page.
};

/// A block placed on a page.
struct PlacedBlock {
  std::shared_ptr<const Block> block;  ///< What to draw.
  double y = 0;                        ///< Its top, from the body's top, in points.
  double scale = 1;  ///< Below 1 only for a block taller than a whole page body: shrunk to fit rather than clipped.
};

/// One page's body.
using PageBlocks = std::vector<PlacedBlock>;

/// Flows blocks down pages whose body is `body_height` points tall.
class PageFlow {
 public:
  /// An empty flow; the first page starts empty.
  explicit PageFlow(double body_height);

  /// A heading: placed with the first block of whatever is added next, never alone at the foot of a page.
  void heading(Block block);
  /// One block (on the next page when it does not fit this one).
  void add(Block block);
  /// Blocks kept on one page: on the next one when they do not fit here but fit a fresh page; otherwise flowed.
  void keep_together(std::vector<Block> blocks);
  /// A table: the header with at least the first row; each page it continues on starts with the continued header.
  void table(TableBlocks table);
  /// Starts a new page unless the current one is empty.
  void page_break();

  /// The pages laid out so far (at least one, possibly empty). Pending headings are placed first.
  std::vector<PageBlocks> finish();

 private:
  bool fits(const std::vector<Block>& blocks) const;
  double height_of(const std::vector<Block>& blocks, bool at_top) const;
  void place(std::vector<Block> blocks);
  void place_one(Block block);
  std::vector<Block> take_pending(std::vector<Block> blocks);

  double m_body_height;
  std::vector<PageBlocks> m_pages;
  double m_y = 0;
  std::vector<Block> m_pending;
};

}  // namespace huddle::core
