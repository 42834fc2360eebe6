// Counter-based randomness: every random number is a pure function of
// (seed, replication, what, purpose), computed with Philox2x64-10 (Salmon et al., SC 2011,
// "Parallel random numbers: as easy as 1, 2, 3"). No thread owns a stream, so results do not
// depend on the thread count, the machine, or how replications are split into chunks.
#pragma once

#include <Random123/philox.h>

#include <cstdint>

namespace socialreach::detail {

// What a random number decides; part of the counter so different decisions never share bits.
enum class Purpose : std::uint8_t {
  kAdopt = 1,          // the adoption coin on an edge (IC) or for a node
  kSee = 2,            // whether an audience member sees a share (visibility)
  kSeedPick = 3,       // random seeds drawn for a replication
  kThreshold = 4,      // a node's threshold in a replication
  kSignal = 5,         // a private signal (herding)
  kOrder = 6,          // a decision order (herding)
  kTieBreak = 7,       // a coin flip on a tie
  kGenerator = 8,      // graph generators
  kParticipation = 9,  // campaign participation
  kInnovate = 10,      // innovators drawn in a step (Bass)
};

class CounterRng {
 public:
  CounterRng(std::uint64_t seed, std::uint64_t replication) : key_{{seed}}, replication_(replication) {}

  // Two independent 64-bit words for (what, purpose).
  r123::Philox2x64::ctr_type words(std::uint64_t what, Purpose purpose) const {
    const r123::Philox2x64::ctr_type counter = {
        {what, (replication_ << 8) | static_cast<std::uint64_t>(purpose)}};
    return r123::Philox2x64()(counter, key_);
  }

  std::uint64_t bits(std::uint64_t what, Purpose purpose) const { return words(what, purpose)[0]; }

  // Uniform on [0, 1) with 53 random bits.
  double uniform(std::uint64_t what, Purpose purpose) const { return to_unit(bits(what, purpose)); }

  // Uniform integer in [0, bound) by Lemire's multiply-shift (bias below 2^-64 * bound).
  std::uint64_t below(std::uint64_t bound, std::uint64_t what, Purpose purpose) const {
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(bits(what, purpose)) * bound) >> 64);
  }

  static double to_unit(std::uint64_t word) { return static_cast<double>(word >> 11) * 0x1.0p-53; }

 private:
  r123::Philox2x64::key_type key_;
  std::uint64_t replication_;
};

}  // namespace socialreach::detail
