#pragma once
/// \file
/// The department job: the stored department list as the Settings dialog edits it (add, short name, active, order).

#include <vector>

#include "core/model/department.h"
#include "core/store/store.h"

namespace huddle::core {

/// Stores `departments` — the stored list as edited, in its new order — in one transaction: those with id 0 are
/// added (their ids are set), the others get their short name, kind and active flag; each one's sort order becomes
/// its position. A stored department left out of the list stays as it is (a department is never deleted: actions
/// keep it). Names and short names are stored without surrounding blanks. Throws huddle::Error, writing nothing,
/// for a blank name or short name or a full name given twice (case aside); StorageError.
void save_departments(Store& store, std::vector<Department>& departments);

}  // namespace huddle::core
