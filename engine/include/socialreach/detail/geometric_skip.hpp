// Geometric skipping: in a run of independent trials that each succeed with probability p, the
// number of failures before the next success is G = floor(ln U / ln(1 - p)) for U uniform on
// (0, 1], since P(G >= k) = P(U <= (1 - p)^k) = (1 - p)^k (Devroye, "Non-Uniform Random Variate
// Generation", 1986, section X.2). A sender whose audience members all adopt with the same p
// then costs one random number per adoption instead of one per member.
// The logarithm is portable_log (detail/portable_math.hpp): the same to the last bit everywhere.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "socialreach/detail/portable_math.hpp"

namespace socialreach::detail {

class GeometricSkip {
 public:
  // p in (0, 1). With `longest` > 0, skips capped at a limit up to `longest` (at most 4,096) are
  // decided without a logarithm, from the table of (1 - p)^k: G >= k exactly when
  // U <= (1 - p)^k, so G is the largest k whose bound U does not exceed, found by a short binary
  // search (bench/README.md: a logarithm is a chain of about ten dependent multiply-adds).
  explicit GeometricSkip(double p, std::uint64_t longest = 0)
      : inverse_log_q_(1.0 / portable_log1m(p)) {
    constexpr std::uint64_t kMostTabled = 4096;
    if (longest == 0) return;  // no table (a limit of 0 is then decided as any other)
    bound_.resize(std::min(longest, kMostTabled) + 1);
    double none = 1.0;  // (1 - p)^k by repeated products: the same on every machine
    for (std::uint64_t& bound : bound_) {
      bound = static_cast<std::uint64_t>(none * 0x1.0p53);  // U <= (1 - p)^k as n <= bound
      none *= 1.0 - p;
    }
    // Where G lies for each bit width h of n (2^(h-1) <= n < 2^h): at least the last k whose
    // bound is 2^h - 1 or more, below the first k whose bound is under 2^(h-1).
    const auto last = static_cast<std::uint32_t>(bound_.size() - 1);
    for (int h = 1; h <= kWidths; ++h) {
      const std::uint64_t top = (std::uint64_t{1} << h) - 1, bottom = std::uint64_t{1} << (h - 1);
      std::uint32_t k = 0;
      while (k < last && bound_[k + 1] >= top) ++k;
      from_[h] = k;
      while (k <= last && bound_[k] >= bottom) ++k;
      below_[h] = k;
    }
  }

  // The failures before the next success, from a random word (its top 53 bits make U), capped
  // at `limit` (a skip past the last member ends the share either way).
  [[gnu::always_inline]] std::uint64_t failures(std::uint64_t word, std::uint64_t limit) const {
    const std::uint64_t n = (word >> 11) + 1;  // U = n / 2^53, in (0, 1]
    if (limit < bound_.size()) {
      if (n <= bound_[limit]) return limit;
      // G in [base, end): bound_[base] >= n > bound_[end]; halve without data-dependent
      // branches.
      const int h = std::bit_width(n);
      std::uint64_t base = from_[h];
      for (std::uint64_t size = std::min<std::uint64_t>(below_[h], limit) - base; size > 1;) {
        const std::uint64_t half = size / 2;
        base = bound_[base + half] >= n ? base + half : base;
        size -= half;
      }
      return base;
    }
    const double g = portable_log(static_cast<double>(n) * 0x1.0p-53) * inverse_log_q_;  // >= 0
    return g < static_cast<double>(limit) ? static_cast<std::uint64_t>(g) : limit;
  }

 private:
  static constexpr int kWidths = 54;  // n <= 2^53
  double inverse_log_q_;
  std::vector<std::uint64_t> bound_;  // bound_[k]: the largest n with U <= (1 - p)^k
  std::uint32_t from_[kWidths + 1]{}, below_[kWidths + 1]{};
};

// Calls emit(i), in increasing order, for every success i among `count` independent trials that
// each succeed with the probability `skip` was made with; the j-th skip is drawn from word(j)
// (j = 0, 1, ... and at most count + 1 of them), so each caller keys its own random numbers.
// (Always inlined: the independent cascade calls it once per sender, and GCC otherwise keeps it
// out of line, which measured slower.)
template <typename Word, typename Emit>
[[gnu::always_inline]] inline void for_each_success(std::uint64_t count, const GeometricSkip& skip,
                                                    Word word, Emit emit) {
  std::uint64_t j = 0;
  for (std::uint64_t i = skip.failures(word(j), count); i < count;
       i += 1 + skip.failures(word(++j), count - i - 1)) {
    emit(i);
  }
}

// The same for any probability p (none succeed when p <= 0, all when p >= 1).
template <typename Word, typename Emit>
void for_each_success(std::uint64_t count, double p, Word word, Emit emit) {
  if (!(p > 0.0)) return;
  if (p >= 1.0) {
    for (std::uint64_t i = 0; i < count; ++i) emit(i);
    return;
  }
  for_each_success(count, GeometricSkip(p), word, emit);
}

}  // namespace socialreach::detail
