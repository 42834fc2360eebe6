// The one parallel loop every run shares: work units (a replication, or a block of them) are
// handed out to OpenMP threads in order; each unit writes only its own slots. The calling thread
// polls the caller (progress, Ctrl-C) until every thread is done; exceptions thrown by workers
// or by the poll are captured and rethrown after the parallel region; a poll that returns false
// stops every thread after its current unit and makes the run throw Cancelled.
#pragma once

#include <omp.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>

#include "socialreach/errors.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach::detail {

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
  auto fail = [&] {
    std::lock_guard<std::mutex> lock(mutex);
    if (!failure) failure = std::current_exception();
    stop = true;
  };

#pragma omp parallel num_threads(threads)
  {
    const bool caller = omp_get_thread_num() == 0;  // only the calling thread polls
    auto last_poll = std::chrono::steady_clock::now();
    auto poll = [&](bool force) {
      if (!options.poll) return;
      const auto now = std::chrono::steady_clock::now();
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
        const std::int64_t unit = next_unit.fetch_add(1);
        if (unit >= units) break;
        finished.fetch_add(worker(unit));
        units_done.fetch_add(1);
        if (caller) poll(false);
      }
      std::lock_guard<std::mutex> lock(mutex);
      merge(worker);
    } catch (...) {
      fail();
    }
    if (caller) {  // keep answering the caller until every thread is done
      while (!stop.load() && units_done.load() < units) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        poll(false);
      }
      if (!stop.load()) poll(true);
    }
  }
  if (failure) std::rethrow_exception(failure);
  if (stop.load()) throw Cancelled();
}

}  // namespace socialreach::detail
