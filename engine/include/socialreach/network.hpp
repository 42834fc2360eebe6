// An immutable directed graph in compressed sparse row form, with node kinds, optional edge
// weights (tie strength in (0, 1]; see edge_weights.hpp for how they are stored) and optional
// integer groups (departments).
//
// An edge u -> v means v is in u's audience: when u shares, v may see it. Undirected input is
// stored as both directions. Node ids are 32-bit; edge positions (CSR offsets) are 64-bit.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "socialreach/detail/huge_pages.hpp"
#include "socialreach/edge_weights.hpp"
#include "socialreach/kind.hpp"

namespace socialreach {

namespace detail {
class AudienceRows;
}

using NodeId = std::uint32_t;
using EdgeId = std::uint64_t;

// Largest number of nodes a Network holds (ids fit in 32 bits).
inline constexpr std::int64_t kMaxNodes = 4'294'967'295LL;

struct EdgeListInput {
  std::span<const std::int64_t> src;
  std::span<const std::int64_t> dst;
  std::int64_t n_nodes = -1;  // -1: largest id + 1
  bool directed = true;
  std::span<const double> weights;       // empty: unweighted
  std::span<const std::int64_t> kinds;   // codes of Kind; empty: every node is public
  std::span<const std::int64_t> groups;  // >= 0, or -1 for none; empty: no groups
};

class Network {
 public:
  Network() = default;

  // Validates everything (ids, lengths, weights, kinds, groups) before building; throws
  // std::invalid_argument / std::out_of_range whose message names the parameter.
  static Network from_edges(const EdgeListInput& input);

  // Builds from CSR arrays that are already laid out (used by load and generators), in the
  // vectors the network keeps (large ones on huge pages: detail/huge_pages.hpp).
  static Network from_csr(detail::LargeVector<EdgeId> offsets, detail::LargeVector<NodeId> targets,
                          detail::LargeVector<Kind> kinds, std::vector<float> weights,
                          std::vector<std::int32_t> groups, bool directed);

  std::int64_t n_nodes() const { return static_cast<std::int64_t>(kinds_.size()); }
  std::int64_t n_edges() const { return static_cast<std::int64_t>(targets_.size()); }
  bool directed() const { return directed_; }
  bool weighted() const { return !weights_.empty(); }
  bool has_groups() const { return !groups_.empty(); }

  // Audience of u: targets()[offsets()[u] .. offsets()[u + 1]).
  const detail::LargeVector<EdgeId>& offsets() const { return offsets_; }
  const detail::LargeVector<NodeId>& targets() const { return targets_; }
  const detail::LargeVector<Kind>& kinds() const { return kinds_; }
  const EdgeWeights& weights() const { return weights_; }
  const std::vector<std::int32_t>& groups() const { return groups_; }
  const detail::LargeVector<std::uint32_t>& in_degrees() const { return in_degrees_; }
  // The smallest in-degree above 0 and the largest (both 0 when nobody has an audience member),
  // found once with the in-degrees.
  std::uint32_t smallest_in_degree() const { return smallest_in_degree_; }
  std::uint32_t largest_in_degree() const { return largest_in_degree_; }
  // Whether some node is of this kind, and the kind of every node where all have one (found once
  // with the kinds).
  bool has_kind(Kind kind) const { return (kinds_present_ >> static_cast<int>(kind)) & 1u; }
  std::optional<Kind> sole_kind() const;

  std::uint32_t out_degree(NodeId u) const {
    return static_cast<std::uint32_t>(offsets_[u + 1] - offsets_[u]);
  }
  Kind kind(NodeId u) const { return kinds_[u]; }

  // Returns a copy with new kinds (validated, one per node).
  Network with_kinds(std::span<const std::int64_t> kinds) const;

  // Bytes held by the arrays (what the graph costs in memory).
  std::int64_t memory_bytes() const;

  // Compact binary file that round-trips exactly. Errors name the path.
  void save(const std::string& path) const;
  static Network load(const std::string& path);

  // The senders' audiences as sparse rows of bits, for the independent cascade's exposures on small
  // networks (detail/audience_rows.hpp): built on first use, kept with the network and shared
  // by its copies (they depend on the ties only), so that repeated runs build them once.
  const detail::AudienceRows& audience_rows() const;
  bool audience_rows_built() const { return derived_->rows_built.load(); }

 private:
  void compute_in_degrees();
  void find_kinds_present();

  // Data derived from the ties on first use (thread-safe).
  struct Derived {
    std::once_flag rows_once;
    std::atomic<bool> rows_built{false};
    std::shared_ptr<const detail::AudienceRows> rows;
  };
  std::shared_ptr<Derived> derived_ = std::make_shared<Derived>();

  detail::LargeVector<EdgeId> offsets_{0};
  detail::LargeVector<NodeId> targets_;
  detail::LargeVector<Kind> kinds_;
  EdgeWeights weights_;
  std::vector<std::int32_t> groups_;
  detail::LargeVector<std::uint32_t> in_degrees_;
  std::uint32_t smallest_in_degree_ = 0, largest_in_degree_ = 0;
  unsigned kinds_present_ = 0;  // bit k: some node is of Kind k
  bool directed_ = true;
};

}  // namespace socialreach
