#pragma once
// Internal to core/store: the SQLite implementations of the repository interfaces.

#include <SQLiteCpp/Database.h>

#include "core/store/action_repository.h"
#include "core/store/department_repository.h"
#include "core/store/event_repository.h"
#include "core/store/extract_repository.h"
#include "core/store/huddle_repository.h"
#include "core/store/place_repository.h"

namespace huddle::core::sqlite {

class SqliteEventRepository final : public EventRepository {
 public:
  explicit SqliteEventRepository(SQLite::Database& db) : m_db(db) {}
  void add(std::vector<Event>& events) override;
  void set_links(std::span<const std::pair<std::int64_t, std::optional<std::int64_t>>> links) override;
  std::unique_ptr<EventUpserter> upserter(bool earliest_wins) override;
  void for_each_located(UtcTime from, UtcTime to, const std::function<void(const LocatedEvent&)>& visit) const override;
  void for_each_rankable(UtcTime from, UtcTime to, const std::function<void(const RankableEvent&)>& visit) override;
  void pack_rankable(UtcTime since) override;
  std::vector<Event> by_ids(std::span<const std::int64_t> ids) const override;
  std::vector<Event> in_range(UtcTime from, UtcTime to) const override;
  void for_each_event(UtcTime from, UtcTime to, const std::function<void(const Event&)>& visit) const override;
  std::vector<StreamCategoryCount> count_by_stream_category(UtcTime from, UtcTime to) const override;
  RangeTotals totals(UtcTime from, UtcTime to) const override;
  std::map<std::string, UtcTime> newest_per_stream() const override;
  long count() const override;

 private:
  void pack_days(const std::vector<std::string>& days);
  SQLite::Database& m_db;
};

class SqlitePlaceRepository final : public PlaceRepository {
 public:
  explicit SqlitePlaceRepository(SQLite::Database& db) : m_db(db) {}
  std::vector<RememberedPlace> listed_since(UtcTime since) const override;
  void remember(const std::vector<RememberedPlace>& places) override;

 private:
  SQLite::Database& m_db;
};

class SqliteActionRepository final : public ActionRepository {
 public:
  explicit SqliteActionRepository(SQLite::Database& db) : m_db(db) {}
  void add(Action& action, const std::string& who) override;
  void update(Action& changed, const std::string& who) override;
  std::optional<Action> get(std::int64_t id) const override;
  std::vector<Action> list() const override;
  std::vector<ActionChange> history(std::int64_t action_id) const override;

 private:
  SQLite::Database& m_db;
};

class SqliteHuddleRepository final : public HuddleRepository {
 public:
  explicit SqliteHuddleRepository(SQLite::Database& db) : m_db(db) {}
  void add(Huddle& huddle) override;
  void update(const Huddle& huddle) override;
  std::optional<Huddle> by_date(Date date) const override;
  std::vector<Huddle> list() const override;
  void set_agenda(std::int64_t huddle_id, std::vector<AgendaItem>& items) override;
  std::vector<AgendaItem> agenda(std::int64_t huddle_id) const override;
  void update_item(const AgendaItem& item) override;
  void set_no_action(std::int64_t huddle_id, const NoAction& decision) override;
  void clear_no_action(std::int64_t huddle_id, const std::string& place_id) override;
  std::vector<NoAction> no_actions(std::int64_t huddle_id) const override;

 private:
  std::vector<Huddle> query(const std::string& where, const std::string& date) const;
  void write_attendance(const Huddle& huddle);
  SQLite::Database& m_db;
};

class SqliteDepartmentRepository final : public DepartmentRepository {
 public:
  explicit SqliteDepartmentRepository(SQLite::Database& db) : m_db(db) {}
  int ensure(std::vector<Department>& departments) override;
  std::vector<Department> list() const override;
  std::optional<Department> by_name(const std::string& name) const override;
  void update(const Department& department) override;

 private:
  SQLite::Database& m_db;
};

class SqliteExtractRepository final : public ExtractRepository {
 public:
  explicit SqliteExtractRepository(SQLite::Database& db) : m_db(db) {}
  void add(Extract& extract) override;
  void update_counts(const Extract& extract) override;
  std::vector<Extract> list() const override;
  std::optional<Extract> by_hash(const std::string& sha256, const std::string& profile) const override;

 private:
  SQLite::Database& m_db;
};

}  // namespace huddle::core::sqlite
