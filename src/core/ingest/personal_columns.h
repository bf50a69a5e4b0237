#pragma once
/// \file
/// Columns whose names say they hold a person's details or free text: a profile may let a rule read them to choose
/// the category, but never store them (ARCHITECTURE §8: packets show places and counts, never a person).

#include <string_view>

namespace huddle::core {

/// True when header `name` names a person or their details (patient, caller, victim, first/last/full name, date of
/// birth, age, sex, gender, race, phone, e-mail, SSN) or free text written about them (narrative, comments, notes,
/// remarks). Case and separators do not matter: "Patient Name", "PATIENT_NAME" and "patientName" all match;
/// "street_name" and "service_name" do not.
bool names_personal_details(std::string_view name);

}  // namespace huddle::core
