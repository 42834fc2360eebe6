// The one parallel loop every run shares: work units (a replication, or a block of them) are
// handed out to OpenMP threads in chunks of consecutive units, in order; each unit writes only
// its own slots. The calling thread
// polls the caller (progress, Ctrl-C) until every thread is done; exceptions thrown by workers
// or by the poll are captured and rethrown after the parallel region; a poll that returns false
// stops every thread after its current unit and makes the run throw Cancelled.
#pragma once

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <utility>

#include "socialreach/errors.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach::detail {

// When the calling thread reads the clock between its units: after as many units as take about
// an eighth of the poll interval, from the time its previous units took (a clock read and an
// atomic add after every unit cost peer workload (b), 1.6 µs a replication, about 7%).
class PollPacer {
 public:
  explicit PollPacer(double poll_seconds) : target_(poll_seconds / 8) {}

  // Counts a finished unit; true when the clock is due.
  bool due() { return --left_ == 0; }
  // The clock was read, `seconds` after the previous read.
  void read(double seconds) {
    const double wanted = seconds > 0 ? target_ / seconds * static_cast<double>(stride_)
                                      : 2.0 * static_cast<double>(stride_);
    stride_ = static_cast<std::int64_t>(std::round(std::clamp(wanted, 1.0, 65536.0)));
    left_ = stride_;
  }

 private:
  double target_;
  std::int64_t stride_ = 1, left_ = 1;
};

// make_worker() builds one thread's working memory; worker(unit) runs a unit and returns how many
// replications it finished; merge(worker) runs once per thread, under a lock, after its last unit.
template <typename MakeWorker, typename Merge>
void run_parallel(std::int64_t units, const RunOptions& options, MakeWorker make_worker,
                  Merge merge) {
  std::atomic<std::int64_t> next_unit{0};
  std::atomic<std::int64_t> finished{0};  // replications
  std::atomic<std::int64_t> units_done{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex mutex;
  const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
  // Units go out in chunks of consecutive units, about 64 chunks per thread: threads then rarely
  // touch the shared counters or write result slots on the same cache line, and still finish
  // close together.
  const std::int64_t chunk = std::max<std::int64_t>(1, units / (std::int64_t{threads} * 64));
  // Wakes the calling thread when another thread has finished its work or failed.
  std::condition_variable thread_done;
  auto fail = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
    thread_done.notify_all();
  };

#pragma omp parallel num_threads(threads)
  {
    const bool caller = omp_get_thread_num() == 0;  // only the calling thread polls
    auto last_poll = std::chrono::steady_clock::now();
    auto last_read = last_poll;
    PollPacer pacer(options.poll_seconds);
    auto poll = [&](bool force) {
      if (!options.poll) return;
      const auto now = std::chrono::steady_clock::now();
      pacer.read(std::chrono::duration<double>(now - last_read).count());
      last_read = now;
      if (!force && std::chrono::duration<double>(now - last_poll).count() < options.poll_seconds) {
        return;
      }
      last_poll = now;
      try {
        if (!options.poll(finished.load())) stop = true;
      } catch (...) {
        fail();
      }
    };
    try {
      auto worker = make_worker();
      while (!stop.load(std::memory_order_relaxed)) {
        const std::int64_t first = next_unit.fetch_add(chunk);
        if (first >= units) break;
        const std::int64_t last = std::min(units, first + chunk);
        std::int64_t replications = 0;
        for (std::int64_t unit = first; unit < last && !stop.load(std::memory_order_relaxed);
             ++unit) {
          replications += worker(unit);
          if (caller && options.poll && pacer.due()) {
            finished.fetch_add(std::exchange(replications, 0));
            poll(false);
          }
        }
        finished.fetch_add(replications);
        units_done.fetch_add(last - first);
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        merge(worker);
      }
      thread_done.notify_all();
    } catch (...) {
      fail();
    }
    if (caller) {  // keep answering the caller until every thread is done; woken when one is
      std::unique_lock<std::mutex> lock(mutex);
      while (!stop.load() && units_done.load() < units) {
        thread_done.wait_for(lock, std::chrono::milliseconds(10));
        lock.unlock();
        poll(false);
        lock.lock();
      }
      lock.unlock();
      if (!stop.load()) poll(true);
    }
  }
  if (failure) std::rethrow_exception(failure);
  if (stop.load()) throw Cancelled();
}

}  // namespace socialreach::detail
