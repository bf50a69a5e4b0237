#pragma once
/// \file
/// DepartmentRepository: the departments actions can be assigned to.

#include <optional>
#include <string>
#include <vector>

#include "core/model/department.h"

namespace huddle::core {

/// Stored departments.
class DepartmentRepository {
 public:
  virtual ~DepartmentRepository() = default;
  /// Stores each department whose name is not stored yet (sets `id` on every element, new or old), in one
  /// transaction; returns how many were new.
  virtual int ensure(std::vector<Department>& departments) = 0;
  /// All departments in sort order.
  virtual std::vector<Department> list() const = 0;
  /// The department named exactly `name` (case-insensitive), if stored.
  virtual std::optional<Department> by_name(const std::string& name) const = 0;
  /// Stores the short name, kind, sort order and active flag of the stored department `department.id` (its full
  /// name is its identity and stays). Throws StorageError when no department has that id.
  virtual void update(const Department& department) = 0;
};

}  // namespace huddle::core
