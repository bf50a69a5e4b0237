// A department as a person names it: full name or short name, any case.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "core/huddle/department_ref.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::vector<Department> departments() {
  return {{1, "Public Works / Sanitation", "PWD", "city", 0, true},
          {2, "Boston EMS", "EMS", "ems", 1, true},
          {3, "EMS", "EMS-2", "ems", 2, true},
          {4, "Parks and Recreation", "Parks", "city", 3, true},
          {5, "Parks Rangers", "parks", "city", 4, true}};
}

std::string message_of(std::string_view reference) {
  try {
    resolve_department(departments(), reference);
  } catch (const Error& e) {
    return e.what();
  }
  FAIL("expected an error for " << reference);
  return {};
}

}  // namespace

TEST_CASE("a department is found by its full name or its short name, in any case") {
  CHECK(resolve_department(departments(), "public works / SANITATION").id == 1);
  CHECK(resolve_department(departments(), "  pwd ").id == 1);
  CHECK(resolve_department(departments(), "Boston EMS").id == 2);
  CHECK(resolve_department(departments(), "ems").id == 3);  // a full name wins over another's short name
  CHECK(resolve_department(departments(), "EMS-2").id == 3);
}

TEST_CASE("an unknown name lists every department and a shared short name asks for the full one") {
  const auto unknown = message_of("Sanitation");
  CHECK(unknown.find("unknown department 'Sanitation'") != std::string::npos);
  for (const auto& d : departments()) CHECK(unknown.find(d.name + " (" + d.short_name + ")") != std::string::npos);
  const auto shared = message_of("PARKS");
  CHECK(shared.find("Parks and Recreation (Parks)") != std::string::npos);
  CHECK(shared.find("Parks Rangers (parks)") != std::string::npos);
  CHECK(shared.find("Boston EMS") == std::string::npos);
  CHECK(message_of("").find("unknown department") != std::string::npos);
}
