#pragma once
/// \file
/// Store: one deployment's database, seen by the rest of core only through repository interfaces.

#include <functional>
#include <optional>
#include <string>

#include "core/store/action_repository.h"
#include "core/store/department_repository.h"
#include "core/store/event_repository.h"
#include "core/store/extract_repository.h"
#include "core/store/huddle_repository.h"
#include "core/store/place_repository.h"

namespace huddle::core {

/// A database of events, huddles and actions. Not thread-safe: one Store per thread.
class Store {
 public:
  virtual ~Store() = default;
  virtual EventRepository& events() = 0;            ///< Events.
  virtual ExtractRepository& extracts() = 0;        ///< Imported files.
  virtual DepartmentRepository& departments() = 0;  ///< Departments.
  virtual HuddleRepository& huddles() = 0;          ///< Huddles and run-of-show.
  virtual ActionRepository& actions() = 0;          ///< Action tracker.
  virtual PlaceRepository& places() = 0;            ///< Places the ranking remembers.
  /// Runs `work` as one transaction: all of its writes land, or (when it throws) none do. Nests.
  virtual void transaction(const std::function<void()>& work) = 0;
  /// Deletes every event, extract, huddle and action (departments and settings stay), in one transaction.
  virtual void clear_activity() = 0;
  /// A stored setting, if set.
  virtual std::optional<std::string> setting(const std::string& key) const = 0;
  /// Stores a setting.
  virtual void set_setting(const std::string& key, const std::string& value) = 0;
  /// The schema version of the open database.
  virtual int schema_version() const = 0;
  /// A number that changes whenever another connection (another seat, the CLI) commits to the database; this
  /// connection's own writes leave it alone. Cheap enough to poll every second.
  virtual long data_version() const = 0;
};

}  // namespace huddle::core
