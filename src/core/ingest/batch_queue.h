#pragma once
/// \file
/// BatchQueue: hands batches from one producer thread to one consumer, bounded, with errors and stops both ways.

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>

namespace huddle::core {

/// A bounded queue between one producer and one consumer.
template <typename Batch>
class BatchQueue {
 public:
  /// At most `capacity` batches wait at once (the producer blocks beyond that).
  explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}

  /// Producer: adds a batch; false when the consumer has stopped (the producer should end).
  bool push(Batch batch) {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [&] { return m_batches.size() < m_capacity || m_stopped; });
    if (m_stopped) return false;
    m_batches.push_back(std::move(batch));
    m_not_empty.notify_one();
    return true;
  }
  /// Producer: no more batches.
  void finish() {
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_not_empty.notify_one();
  }
  /// Producer: ends with `error`, which the consumer's next pop() rethrows.
  void fail(std::exception_ptr error) {
    std::lock_guard lock(m_mutex);
    m_error = error;
    m_finished = true;
    m_not_empty.notify_one();
  }
  /// Consumer: the next batch, std::nullopt after the last; rethrows the producer's error.
  std::optional<Batch> pop() {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [&] { return !m_batches.empty() || m_finished; });
    if (!m_batches.empty()) {
      Batch batch = std::move(m_batches.front());
      m_batches.pop_front();
      m_not_full.notify_one();
      return batch;
    }
    if (m_error) std::rethrow_exception(m_error);
    return std::nullopt;
  }
  /// Consumer: stops taking batches; a waiting or later push() returns false.
  void stop() {
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_not_full.notify_all();
  }

 private:
  std::size_t m_capacity;
  std::mutex m_mutex;
  std::condition_variable m_not_full, m_not_empty;
  std::deque<Batch> m_batches;
  std::exception_ptr m_error;
  bool m_finished = false;
  bool m_stopped = false;
};

}  // namespace huddle::core
