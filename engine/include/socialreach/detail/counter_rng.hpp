// Counter-based randomness: every random number is a pure function of
// (seed, replication, what, purpose). No thread owns a stream, so results do not depend on the
// thread count, the machine, or how replications are split into chunks.
//
// The generator is keyed SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014): word = mix((key + what * gamma) ^ purpose_salt) with Stafford's
// Mix13 finalizer, where key hashes (seed, replication) with nasam (Pelle Evensen 2020, a
// stronger mixer for the once-per-replication key). tests/cpp/counter_rng_test.cpp checks
// uniformity, bit balance and independence across neighbouring counters, replications, seeds and
// purposes. It replaced Philox2x64-10 (Random123), ten rounds of 64-bit multiplies, to make each
// number cheaper (two multiplies).
#pragma once

#include <cmath>
#include <cstdint>

#include "socialreach/detail/portable_math.hpp"

namespace socialreach::detail {

// What a random number decides; part of the input so different decisions never share bits.
enum class Purpose : std::uint8_t {
  kAdopt = 1,          // an adoption coin (IC's edges draw CounterRng::coin instead)
  kSee = 2,            // whether an audience member sees a share (visibility)
  kSeedPick = 3,       // random seeds drawn for a replication
  kThreshold = 4,      // a node's threshold in a replication
  kSignal = 5,         // a private signal (herding)
  kOrder = 6,          // a decision order (herding)
  kTieBreak = 7,       // a coin flip on a tie
  kGenerator = 8,      // graph generators
  kParticipation = 9,  // campaign participation
  kInnovate = 10,      // innovators drawn in a step (Bass)
  kLive = 11,          // the skips between a sender's live edges (IC, geometric skipping)
  // Advocacy campaigns and their funnel.
  kTier = 20,       // an employee's loyalty tier in a replication
  kRepost = 21,     // whether an ambassador shares a later post
  kAttention = 22,  // the delay before an audience member sees a share
  kEngage = 23,     // the engagement coin of an exposure
  kConvert = 24,    // a person's conversion coin
};

inline constexpr std::uint64_t rotate_right(std::uint64_t x, int r) {
  return (x >> r) | (x << (64 - r));
}

inline constexpr std::uint64_t nasam(std::uint64_t x) {
  x ^= rotate_right(x, 25) ^ rotate_right(x, 47);
  x *= 0x9E6C63D0676A9A99ULL;
  x ^= x >> 23 ^ x >> 51;
  x *= 0x9E6D62D06F6A9A9BULL;
  x ^= x >> 23 ^ x >> 51;
  return x;
}

// Stafford's Mix13, the SplitMix64 finalizer.
inline constexpr std::uint64_t mix13(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class CounterRng {
 public:
  CounterRng(std::uint64_t seed, std::uint64_t replication)
      : key_(nasam(nasam(seed ^ 0x243F6A8885A308D3ULL) + replication * 0xD1B54A32D192ED03ULL)) {}

  std::uint64_t bits(std::uint64_t what, Purpose purpose) const {
    return mix13((key_ + what * 0x9E3779B97F4A7C15ULL) ^ salt(purpose));
  }

  // The independent cascade's adoption coin on edge `what`: cheaper than bits() because the
  // share loops draw one per examined edge. It is wyrand's step (Wang Yi, wyhash, public domain;
  // it passes BigCrush and PractRand as a stream) at position key + what: one 64 x 64 -> 128-bit
  // multiply, folded. tests/cpp/counter_rng_test.cpp checks it like bits().
  std::uint64_t coin(std::uint64_t what) const {
    const std::uint64_t x = key_ + what * 0xA0761D6478BD642FULL;
#if defined(__x86_64__)
    // The same product by one mulq: GCC kept the 128-bit value on the stack in some share loops,
    // depending on the code around them (E2 0.93x to 0.95x, C 0.91x, in-process alternation).
    std::uint64_t low = x, high;
    asm("mulq %2" : "+a"(low), "=d"(high) : "r"(x ^ 0xE7037ED1A0B428DBULL) : "cc");
    return high ^ low;
#else
    const unsigned __int128 t = static_cast<unsigned __int128>(x) * (x ^ 0xE7037ED1A0B428DBULL);
    return static_cast<std::uint64_t>(t >> 64) ^ static_cast<std::uint64_t>(t);
#endif
  }

  // Uniform on [0, 1) with 53 random bits.
  double uniform(std::uint64_t what, Purpose purpose) const { return to_unit(bits(what, purpose)); }

  // Uniform integer in [0, bound) by Lemire's multiply-shift (bias below bound / 2^64).
  std::uint64_t below(std::uint64_t bound, std::uint64_t what, Purpose purpose) const {
    return static_cast<std::uint64_t>(
        (static_cast<unsigned __int128>(bits(what, purpose)) * bound) >> 64);
  }

  // A standard normal deviate by the Box-Muller transform (Box and Muller 1958) from the numbers
  // 2 * what and 2 * what + 1 (no std::*_distribution: those differ between libraries; the
  // logarithm and cosine from detail/portable_math.hpp, the square root correctly rounded).
  double standard_normal(std::uint64_t what, Purpose purpose) const {
    const double u1 = 1.0 - uniform(2 * what, purpose);  // in (0, 1]
    const double u2 = uniform(2 * what + 1, purpose);
    return std::sqrt(-2.0 * portable_log(u1)) * portable_cos_2pi(u2);
  }

  static double to_unit(std::uint64_t word) { return static_cast<double>(word >> 11) * 0x1.0p-53; }

  // An integer t with ((word >> 11) < t) <=> (to_unit(word) < p) for p in [0, 1]: coins
  // compared as integers decide exactly as the floating-point comparison would.
  static std::uint64_t threshold(double p) {
    return static_cast<std::uint64_t>(std::ceil(p * 0x1.0p53));
  }
  static bool below_threshold(std::uint64_t word, std::uint64_t threshold) {
    return (word >> 11) < threshold;
  }

 private:
  static constexpr std::uint64_t salt(Purpose purpose) {
    return nasam(0x6A09E667F3BCC909ULL * static_cast<std::uint64_t>(purpose));
  }

  std::uint64_t key_;
};

}  // namespace socialreach::detail
