#pragma once
// Reads batches of items on two threads, for the catalog loader: the thread
// that publishes a batch goes on with other work (finding the next batch,
// handing the one before on) while a second thread reads it, then helps it
// with what is left. Items are taken on a chunk at a time by whichever
// thread is free, so the work is shared however long either thread's other
// work takes. Up to k_slots batches are in flight, in slots 0, 1, 2 in turn,
// so that the second thread can read ahead while the first hands batches on.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace mllmseg {

class Relay {
 public:
  // Reads items [from, to) of the batch in slot on thread 0 (the one that
  // publishes) or 1.
  using Read = std::function<void(int thread, int slot, std::size_t from, std::size_t to)>;

  // The second thread starts with the first batch of at least min_batch
  // items, on a machine with two cores or more.
  Relay(Read read, std::size_t min_batch) : m_read(std::move(read)), m_min_batch(min_batch) {}
  Relay(const Relay&) = delete;
  Relay& operator=(const Relay&) = delete;
  ~Relay() { stop(); }

  static constexpr std::size_t k_slots = 3;

  // The slot the next batch is to be published in.
  int next_slot() const { return static_cast<int>(m_published % k_slots); }

  // Makes the batch of count items in next_slot() readable: the caller has
  // finished the one before in that slot.
  void publish(std::size_t count) {
    Job& job = m_jobs[m_published % k_slots];
    job.count = count;
    job.number = m_published;
    job.claimed.store(0, std::memory_order_relaxed);
    if (!m_thread.joinable() && count >= m_min_batch && std::thread::hardware_concurrency() >= 2) {
      m_threaded_from = job.number;
      m_thread = std::thread([this, from = job.number] { work(from); });
    }
    m_shared.store(++m_published, std::memory_order_release);
    m_shared.notify_one();
  }

  // Reads what is left of the batch in slot and waits for the second thread
  // to be done with it; rethrows what that thread threw.
  void finish(int slot) {
    Job& job = m_jobs[slot];
    drain(0, slot);
    if (m_thread.joinable() && job.number >= m_threaded_from) {
      std::size_t left = 0;
      while ((left = m_left.load(std::memory_order_acquire)) <= job.number) {
        m_left.wait(left, std::memory_order_acquire);
      }
      if (left == k_stop) {
        std::rethrow_exception(m_failure);  // set before k_stop, never after
      }
    }
  }

  // Ends the second thread (it leaves any batch it has not started).
  void stop() {
    if (m_thread.joinable()) {
      m_shared.store(k_stop, std::memory_order_release);
      m_shared.notify_one();
      m_thread.join();
    }
  }

 private:
  static constexpr std::size_t k_chunk = 32;
  static constexpr std::size_t k_stop = static_cast<std::size_t>(-1);

  struct Job {
    std::size_t count = 0;
    std::size_t number = 0;               // in the order batches are published
    std::atomic<std::size_t> claimed{0};  // items a thread took on
  };

  void drain(int thread, int slot) {
    Job& job = m_jobs[slot];
    for (;;) {
      const std::size_t from = job.claimed.fetch_add(k_chunk, std::memory_order_relaxed);
      if (from >= job.count) {
        return;
      }
      m_read(thread, slot, from, std::min(from + k_chunk, job.count));
    }
  }

  // The second thread, from the batch numbered number on.
  void work(std::size_t number) {
    for (;; ++number) {
      std::size_t published = 0;
      while ((published = m_shared.load(std::memory_order_acquire)) <= number) {
        m_shared.wait(published, std::memory_order_acquire);
      }
      if (published == k_stop) {
        return;
      }
      try {
        drain(1, static_cast<int>(number % k_slots));
      } catch (...) {
        m_failure = std::current_exception();
        m_left.store(k_stop, std::memory_order_release);  // no more waiting for it
        m_left.notify_one();
        return;
      }
      m_left.store(number + 1, std::memory_order_release);
      m_left.notify_one();
    }
  }

  Read m_read;
  std::size_t m_min_batch;
  Job m_jobs[k_slots];
  std::size_t m_published = 0;           // batches
  std::size_t m_threaded_from = 0;       // the first batch the second thread reads
  std::atomic<std::size_t> m_shared{0};  // m_published, or k_stop
  std::atomic<std::size_t> m_left{0};    // batches the second thread is done with
  std::exception_ptr m_failure;          // what the second thread threw
  std::thread m_thread;
};

}  // namespace mllmseg
