#include "core/huddle/department_ref.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool same_name(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

std::string listed(const std::vector<Department>& departments) {
  std::vector<std::string> names;
  for (const auto& d : departments) names.push_back(fmt::format("{} ({})", d.name, d.short_name));
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

Department resolve_department(const std::vector<Department>& departments, std::string_view reference) {
  const std::string_view ref = trimmed(reference);
  for (const auto& d : departments) {
    if (same_name(d.name, ref)) return d;
  }
  std::vector<Department> by_short;
  std::copy_if(departments.begin(), departments.end(), std::back_inserter(by_short),
               [&](const Department& d) { return same_name(d.short_name, ref); });
  if (by_short.size() == 1) return by_short.front();
  if (by_short.empty()) {
    throw Error(fmt::format("unknown department '{}'; the departments are: {}", ref, listed(departments)));
  }
  throw Error(
      fmt::format("'{}' is the short name of several departments; give the full name: {}", ref, listed(by_short)));
}

}  // namespace huddle::core
