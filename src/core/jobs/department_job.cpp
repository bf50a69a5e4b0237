#include "core/jobs/department_job.h"

#include <strings.h>

#include <string>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// Trims the names and refuses a list the dialog must not store.
void check(std::vector<Department>& departments) {
  for (std::size_t i = 0; i < departments.size(); ++i) {
    Department& d = departments[i];
    d.name = trimmed(d.name);
    d.short_name = trimmed(d.short_name);
    if (d.name.empty()) throw Error(fmt::format("department {} needs a name", i + 1));
    if (d.short_name.empty()) throw Error(fmt::format("{} needs a short name (e.g. PWD)", d.name));
    for (std::size_t j = 0; j < i; ++j) {
      if (strcasecmp(departments[j].name.c_str(), d.name.c_str()) == 0) {
        throw Error(fmt::format("two departments are named '{}'", d.name));
      }
    }
  }
}

}  // namespace

void save_departments(Store& store, std::vector<Department>& departments) {
  std::vector<Department> edited = departments;
  check(edited);
  store.transaction([&] {
    std::vector<Department> added;
    for (std::size_t i = 0; i < edited.size(); ++i) {
      Department& d = edited[i];
      d.sort_order = static_cast<int>(i);
      if (d.id != 0)
        store.departments().update(d);
      else
        added.push_back(d);
    }
    store.departments().ensure(added);
    std::size_t next = 0;
    for (auto& d : edited) {
      if (d.id == 0) d.id = added[next++].id;
    }
  });
  departments = std::move(edited);
}

}  // namespace huddle::core
