#pragma once
/// \file
/// Building blocks of the packet's pages: text, blocks stacked or side by side, rows of tag badges.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/report/packet_flow.h"
#include "core/report/packet_text.h"

namespace huddle::core {

/// A block showing `text` (already laid out), its top-left at the block's.
Block text_block(std::shared_ptr<const TextBox> text, double space_before = 0);

/// `text` in `style` wrapped to `width`.
Block text_block(const TextKit& kit, std::string_view text, const TextStyle& style, double width,
                 double space_before = 0);

/// `parts` one under the other, `gap` points apart (a part's own space_before is ignored).
Block stacked(std::vector<Block> parts, double gap = 0);

/// Each block at its x offset (points from the left), tops aligned; as tall as the tallest.
Block side_by_side(std::vector<std::pair<double, Block>> parts);

/// `block` moved right by `indent` points, with `bar` drawn as a 2.5-point rule down its left edge (a card's edge)
/// when `with_bar`.
Block indented(Block block, double indent, bool with_bar, Rgb bar = {0.70, 0.70, 0.70});

/// `block` on a filled band `padding` points larger all round (its width is `width` plus the padding).
Block on_band(Block block, double width, double padding, Rgb fill);

/// Empty space.
Block spacer(double height);

/// A small text label in a rounded box: a place's tag, an action's status.
struct Badge {
  std::string text;              ///< "Surging", "Blocked".
  Rgb fill{0.93, 0.93, 0.93};    ///< Box fill.
  Rgb ink{0.20, 0.20, 0.20};     ///< Text colour.
  Rgb border{0.62, 0.62, 0.62};  ///< Outline.
};

/// `badges` left to right at `size` points, wrapping onto more lines within `width`; no height when empty.
Block badge_row(const TextKit& kit, const std::vector<Badge>& badges, double width, double size = 6.8);

}  // namespace huddle::core
