#pragma once
/// \file
/// Place names from the addresses of a place's events: "near Mass Ave & Melnea Cass Blvd".

#include <string>
#include <string_view>
#include <vector>

namespace huddle::core {

/// The most frequent address among `addresses` (case-insensitive; text after a comma dropped; an intersection
/// counts double, as it names a place better than a block), as "near A & B" for an intersection and "near the 100
/// block of Main St" for a street address (no house numbers: a place name must not point at one home). Ties go to
/// the alphabetically first. Empty when no address is usable.
std::string name_from_addresses(const std::vector<std::string>& addresses);

/// An address as a place name or a de-identified event shows it: text after a comma dropped, "123 Main St" as
/// "the 100 block of Main St"; an intersection or a street without a number stays as it is.
std::string block_level_address(std::string_view address);

/// The name of a place whose events carry no address: "unnamed place at 42.3334, -71.0741".
std::string name_from_point(double lat, double lon);

}  // namespace huddle::core
