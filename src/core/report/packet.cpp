#include "core/report/packet.h"

#include <algorithm>

namespace huddle::core {

std::pair<double, double> paper_points(PaperSize paper) {
  // ISO 216 A4 is 210 × 297 mm; US Letter is 8.5 × 11 in.
  if (paper == PaperSize::a4) return {210.0 / 25.4 * 72.0, 297.0 / 25.4 * 72.0};
  return {8.5 * 72.0, 11.0 * 72.0};
}

const Department* Packet::department(std::int64_t id) const {
  const auto it = std::find_if(departments.begin(), departments.end(), [&](const Department& d) { return d.id == id; });
  return it == departments.end() ? nullptr : &*it;
}

std::string_view Packet::category_label(std::string_view id) const {
  const auto it = std::find_if(categories.begin(), categories.end(), [&](const Category& c) { return c.id == id; });
  return it == categories.end() ? id : std::string_view{it->label};
}

}  // namespace huddle::core
