#include "core/report/packet_flow.h"

#include <iterator>

namespace huddle::core {
namespace {

/// Rounding slack: a block that ends within this of the body's foot still fits.
constexpr double kSlack = 0.01;

}  // namespace

PageFlow::PageFlow(double body_height) : m_body_height(body_height), m_pages(1) {}

void PageFlow::heading(Block block) { m_pending.push_back(std::move(block)); }

void PageFlow::add(Block block) { place(take_pending({std::move(block)})); }

void PageFlow::keep_together(std::vector<Block> blocks) {
  if (blocks.empty()) return;
  const std::size_t headings = m_pending.size();
  std::vector<Block> unit = take_pending(std::move(blocks));
  if (height_of(unit, true) <= m_body_height + kSlack) {
    place(std::move(unit));
    return;
  }
  // Taller than a page: flowed block by block, its headings with its first block.
  const auto first_after = unit.begin() + static_cast<std::ptrdiff_t>(headings + 1);
  place(std::vector<Block>(std::make_move_iterator(unit.begin()), std::make_move_iterator(first_after)));
  for (auto it = first_after; it != unit.end(); ++it) place_one(std::move(*it));
}

void PageFlow::table(TableBlocks table) {
  std::vector<Block> unit{std::move(table.header)};
  if (!table.rows.empty()) unit.push_back(std::move(table.rows.front()));
  place(take_pending(std::move(unit)));
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    if (fits({table.rows[i]})) {
      place_one(std::move(table.rows[i]));
    } else {
      page_break();
      place({table.continued_header, std::move(table.rows[i])});
    }
  }
}

void PageFlow::page_break() {
  if (m_pages.back().empty()) return;
  m_pages.emplace_back();
  m_y = 0;
}

std::vector<PageBlocks> PageFlow::finish() {
  if (!m_pending.empty()) place(take_pending({}));
  return std::move(m_pages);
}

double PageFlow::height_of(const std::vector<Block>& blocks, bool at_top) const {
  double h = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    h += blocks[i].height + (i == 0 && at_top ? 0 : blocks[i].space_before);
  return h;
}

bool PageFlow::fits(const std::vector<Block>& blocks) const {
  const bool at_top = m_pages.back().empty();
  return m_y + height_of(blocks, at_top) <= m_body_height + kSlack;
}

void PageFlow::place(std::vector<Block> blocks) {
  // Kept together by starting a fresh page when they fit one; anything taller is flowed block by block.
  if (!fits(blocks) && height_of(blocks, true) <= m_body_height + kSlack) page_break();
  for (auto& b : blocks) place_one(std::move(b));
}

void PageFlow::place_one(Block block) {
  if (!m_pages.back().empty() && m_y + block.space_before + block.height > m_body_height + kSlack) page_break();
  const bool at_top = m_pages.back().empty();
  const double y = m_y + (at_top ? 0 : block.space_before);
  const double scale = block.height > m_body_height ? m_body_height / block.height : 1;
  m_y = y + block.height * scale;
  m_pages.back().push_back({std::make_shared<const Block>(std::move(block)), y, scale});
}

std::vector<Block> PageFlow::take_pending(std::vector<Block> blocks) {
  std::vector<Block> out = std::move(m_pending);
  m_pending.clear();
  for (auto& b : blocks) out.push_back(std::move(b));
  return out;
}

}  // namespace huddle::core
