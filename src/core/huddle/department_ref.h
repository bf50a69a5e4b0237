#pragma once
/// \file
/// A department as a person names it: by its full name or its short name ("Public Works / Sanitation", "pwd").

#include <string_view>
#include <vector>

#include "core/model/department.h"

namespace huddle::core {

/// The department of `departments` that `reference` names: its full name, else its short name, compared without
/// regard to (ASCII) case and surrounding blanks. Throws huddle::Error listing every department when none matches,
/// or the candidates when a short name is shared.
Department resolve_department(const std::vector<Department>& departments, std::string_view reference);

}  // namespace huddle::core
