#include "core/analysis/place_naming.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include <fmt/format.h>

namespace huddle::core {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string block_level_address(std::string_view raw) {
  const std::string_view address = trim(raw.substr(0, raw.find(',')));
  if (address.find('&') != std::string_view::npos) return std::string(address);
  std::size_t digits = 0;
  while (digits < address.size() && std::isdigit(static_cast<unsigned char>(address[digits]))) ++digits;
  std::size_t end = digits;
  while (end < address.size() && std::isalpha(static_cast<unsigned char>(address[end]))) ++end;  // "12A"
  if (digits == 0 || digits > 6 || end >= address.size() || address[end] != ' ') return std::string(address);
  const long number = std::stol(std::string(address.substr(0, digits)));
  const long block = number / 100 * 100;
  return fmt::format("the {} block of {}", block == 0 ? "1-99" : std::to_string(block), trim(address.substr(end)));
}

std::string name_from_addresses(const std::vector<std::string>& addresses) {
  std::map<std::string, std::pair<long, std::string>> counts;  // lower-case key → count, first spelling
  for (const auto& raw : addresses) {
    std::string form = block_level_address(raw);
    if (form.empty()) continue;
    std::string key = form;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    auto& entry = counts[key];
    if (entry.first++ == 0) entry.second = std::move(form);
  }
  // An intersection names a place better than a block (which may be a long one): it counts double.
  const auto weight = [](const auto& entry) {
    return entry.second.first * (entry.second.second.find('&') != std::string::npos ? 2 : 1);
  };
  const auto best = std::max_element(counts.begin(), counts.end(), [&](const auto& a, const auto& b) {
    return weight(a) < weight(b);  // max_element keeps the first of equals: the alphabetical one
  });
  return best == counts.end() ? std::string() : "near " + best->second.second;
}

std::string name_from_point(double lat, double lon) { return fmt::format("unnamed place at {:.4f}, {:.4f}", lat, lon); }

}  // namespace huddle::core
