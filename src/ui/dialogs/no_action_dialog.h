#pragma once
/// \file
/// The No action dialog of the Agenda page: why nothing is to be done at a place (the reason is required).

#include <optional>
#include <string>

class wxWindow;

namespace huddle::ui {

/// Asks why no action is needed at the place named `place_name`, starting from `reason` (an earlier one, or
/// empty); OK stays disabled while the reason is blank. The reason typed (trimmed) when the chair pressed OK.
std::optional<std::string> ShowNoActionDialog(wxWindow* parent, const std::string& place_name,
                                              const std::string& reason);

}  // namespace huddle::ui
