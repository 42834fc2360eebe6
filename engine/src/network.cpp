#include "socialreach/network.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "socialreach/detail/audience_rows.hpp"
#include "socialreach/errors.hpp"

namespace socialreach {

namespace {

constexpr char kMagic[8] = {'S', 'R', 'N', 'E', 'T', '0', '0', '1'};

std::string at(std::size_t position) { return " (at position " + std::to_string(position) + ")"; }

void check_ids(std::span<const std::int64_t> ids, std::int64_t n_nodes, const char* parameter) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] < 0 || ids[i] >= n_nodes) {
      fail_index(parameter,
                 "node ids in [0, n_nodes - 1] = [0, " + format_number(n_nodes - 1) + "]",
                 format_number(ids[i]) + at(i));
    }
  }
}

}  // namespace

Network Network::from_edges(const EdgeListInput& in) {
  if (in.src.size() != in.dst.size()) {
    fail_value("Network.from_edges: src and dst", "of the same length",
               std::to_string(in.src.size()) + " and " + std::to_string(in.dst.size()));
  }
  std::int64_t largest = -1;
  for (std::size_t i = 0; i < in.src.size(); ++i) {
    if (in.src[i] < 0)
      fail_index("Network.from_edges.src", "node ids >= 0", format_number(in.src[i]) + at(i));
    if (in.dst[i] < 0)
      fail_index("Network.from_edges.dst", "node ids >= 0", format_number(in.dst[i]) + at(i));
    largest = std::max({largest, in.src[i], in.dst[i]});
  }
  std::int64_t n = in.n_nodes;
  if (n < 0) {
    if (in.n_nodes != -1)
      fail_value("Network.from_edges.n_nodes", ">= 0", format_number(in.n_nodes));
    n = largest + 1;
  }
  if (n > kMaxNodes) {
    fail_value("Network.from_edges.n_nodes", "<= " + format_number(kMaxNodes), format_number(n));
  }
  check_ids(in.src, n, "Network.from_edges.src");
  check_ids(in.dst, n, "Network.from_edges.dst");
  if (!in.weights.empty()) {
    if (in.weights.size() != in.src.size()) {
      fail_value("Network.from_edges.weights",
                 "one weight per edge (" + std::to_string(in.src.size()) + ")",
                 std::to_string(in.weights.size()) + " weights");
    }
    for (std::size_t i = 0; i < in.weights.size(); ++i) {
      const double w = in.weights[i];
      if (!(w > 0.0 && w <= 1.0) || static_cast<float>(w) <= 0.0f) {
        fail_value("Network.from_edges.weights", "in (0, 1]", format_number(w) + at(i));
      }
    }
  }
  if (!in.kinds.empty() && static_cast<std::int64_t>(in.kinds.size()) != n) {
    fail_value("Network.from_edges.kinds", "one kind per node (" + format_number(n) + ")",
               std::to_string(in.kinds.size()) + " kinds");
  }
  for (std::size_t i = 0; i < in.kinds.size(); ++i) {
    check_kind_code(in.kinds[i], "Network.from_edges.kinds[" + std::to_string(i) + "]");
  }
  if (!in.groups.empty() && static_cast<std::int64_t>(in.groups.size()) != n) {
    fail_value("Network.from_edges.groups", "one group per node (" + format_number(n) + ")",
               std::to_string(in.groups.size()) + " groups");
  }
  for (std::size_t i = 0; i < in.groups.size(); ++i) {
    if (in.groups[i] < -1 || in.groups[i] > INT32_MAX) {
      fail_value("Network.from_edges.groups", "in [-1, 2147483647] (-1: no group)",
                 format_number(in.groups[i]) + at(i));
    }
  }

  // Counting sort by source; within a source, edges keep their input order.
  const bool both = !in.directed;
  detail::LargeVector<EdgeId> offsets(static_cast<std::size_t>(n) + 1, 0);
  for (std::size_t i = 0; i < in.src.size(); ++i) {
    ++offsets[in.src[i] + 1];
    if (both) ++offsets[in.dst[i] + 1];
  }
  for (std::int64_t u = 0; u < n; ++u) offsets[u + 1] += offsets[u];
  std::vector<EdgeId> cursor(offsets.begin(), offsets.end() - 1);
  detail::LargeVector<NodeId> targets(offsets.back());
  std::vector<float> weights(in.weights.empty() ? 0 : offsets.back());
  auto place = [&](std::int64_t from, std::int64_t to, std::size_t i) {
    const EdgeId e = cursor[from]++;
    targets[e] = static_cast<NodeId>(to);
    if (!weights.empty()) weights[e] = static_cast<float>(in.weights[i]);
  };
  for (std::size_t i = 0; i < in.src.size(); ++i) {
    place(in.src[i], in.dst[i], i);
    if (both) place(in.dst[i], in.src[i], i);
  }
  detail::LargeVector<Kind> kinds(static_cast<std::size_t>(n), Kind::public_);
  for (std::size_t i = 0; i < in.kinds.size(); ++i) kinds[i] = static_cast<Kind>(in.kinds[i]);
  std::vector<std::int32_t> groups(in.groups.begin(), in.groups.end());
  return from_csr(std::move(offsets), std::move(targets), std::move(kinds), std::move(weights),
                  std::move(groups), in.directed);
}

Network Network::from_csr(detail::LargeVector<EdgeId> offsets, detail::LargeVector<NodeId> targets,
                          detail::LargeVector<Kind> kinds, std::vector<float> weights,
                          std::vector<std::int32_t> groups, bool directed) {
  Network net;
  net.offsets_ = std::move(offsets);
  net.targets_ = std::move(targets);
  net.kinds_ = std::move(kinds);
  net.weights_ = EdgeWeights(std::move(weights));
  net.groups_ = std::move(groups);
  net.directed_ = directed;
  net.compute_in_degrees();
  net.find_kinds_present();
  return net;
}

void Network::compute_in_degrees() {
  in_degrees_.assign(kinds_.size(), 0);
  for (NodeId v : targets_) ++in_degrees_[v];
  smallest_in_degree_ = ~0u;
  largest_in_degree_ = 0;
  for (std::uint32_t d : in_degrees_) {
    if (d > 0) smallest_in_degree_ = std::min(smallest_in_degree_, d);
    largest_in_degree_ = std::max(largest_in_degree_, d);
  }
  if (largest_in_degree_ == 0) smallest_in_degree_ = 0;
}

void Network::find_kinds_present() {
  kinds_present_ = 0;
  for (int k = 0; k < kKindCount; ++k) {
    const Kind kind = static_cast<Kind>(k);
    if (std::find(kinds_.begin(), kinds_.end(), kind) != kinds_.end()) kinds_present_ |= 1u << k;
  }
}

std::optional<Kind> Network::sole_kind() const {
  if (std::popcount(kinds_present_) != 1) return std::nullopt;
  return static_cast<Kind>(std::countr_zero(kinds_present_));
}

Network Network::with_kinds(std::span<const std::int64_t> kinds) const {
  if (static_cast<std::int64_t>(kinds.size()) != n_nodes()) {
    fail_value("Network.with_kinds.kinds", "one kind per node (" + format_number(n_nodes()) + ")",
               std::to_string(kinds.size()) + " kinds");
  }
  Network copy = *this;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    check_kind_code(kinds[i], "Network.with_kinds.kinds[" + std::to_string(i) + "]");
    copy.kinds_[i] = static_cast<Kind>(kinds[i]);
  }
  copy.find_kinds_present();
  return copy;
}

std::int64_t Network::memory_bytes() const {
  return static_cast<std::int64_t>(offsets_.size() * sizeof(EdgeId) +
                                   targets_.size() * sizeof(NodeId) + kinds_.size() * sizeof(Kind) +
                                   weights_.memory_bytes() + groups_.size() * sizeof(std::int32_t) +
                                   in_degrees_.size() * sizeof(std::uint32_t));
}

namespace {

template <typename Array>
void write_array(std::ofstream& out, const Array& values) {
  out.write(reinterpret_cast<const char*>(values.data()),
            static_cast<std::streamsize>(values.size() * sizeof(values[0])));
}

template <typename Array>
void read_array(std::ifstream& in, Array& values, std::size_t count, const std::string& path) {
  values.resize(count);
  in.read(reinterpret_cast<char*>(values.data()),
          static_cast<std::streamsize>(count * sizeof(values[0])));
  if (!in)
    fail_value("Network.load: file " + quoted(path), "a complete socialreach network file",
               "a truncated file");
}

}  // namespace

void Network::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) fail_value("Network.save.path", "a writable file", quoted(path));
  const std::uint64_t header[2] = {static_cast<std::uint64_t>(n_nodes()),
                                   static_cast<std::uint64_t>(n_edges())};
  const std::uint8_t flags[8] = {static_cast<std::uint8_t>(directed_),
                                 static_cast<std::uint8_t>(weighted()),
                                 static_cast<std::uint8_t>(has_groups()),
                                 0,
                                 0,
                                 0,
                                 0,
                                 0};
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(header), sizeof header);
  out.write(reinterpret_cast<const char*>(flags), sizeof flags);
  write_array(out, offsets_);
  write_array(out, targets_);
  write_array(out, kinds_);
  write_array(out, weights_.values());
  write_array(out, groups_);
  if (!out)
    fail_value("Network.save.path", "a writable file with room for the network", quoted(path));
}

Network Network::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_value("Network.load.path", "a readable file", quoted(path));
  char magic[8] = {};
  std::uint64_t header[2] = {};
  std::uint8_t flags[8] = {};
  in.read(magic, sizeof magic);
  if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
    fail_value("Network.load: file " + quoted(path), "a socialreach network file",
               "another kind of file");
  }
  in.read(reinterpret_cast<char*>(header), sizeof header);
  in.read(reinterpret_cast<char*>(flags), sizeof flags);
  if (!in || header[0] > static_cast<std::uint64_t>(kMaxNodes)) {
    fail_value("Network.load: file " + quoted(path), "a complete socialreach network file",
               "a damaged header");
  }
  const std::size_t n = header[0], m = header[1];
  detail::LargeVector<EdgeId> offsets;
  detail::LargeVector<NodeId> targets;
  detail::LargeVector<Kind> kinds;
  std::vector<float> weights;
  std::vector<std::int32_t> groups;
  read_array(in, offsets, n + 1, path);
  if (offsets.front() != 0 || offsets.back() != m) {
    fail_value("Network.load: file " + quoted(path), "a complete socialreach network file",
               "damaged offsets");
  }
  read_array(in, targets, m, path);
  read_array(in, kinds, n, path);
  read_array(in, weights, flags[1] ? m : 0, path);
  read_array(in, groups, flags[2] ? n : 0, path);
  for (Kind k : kinds) {
    if (static_cast<int>(k) >= kKindCount)
      fail_value("Network.load: file " + quoted(path), "a complete socialreach network file",
                 "damaged kinds");
  }
  for (NodeId v : targets) {
    if (v >= n)
      fail_value("Network.load: file " + quoted(path), "a complete socialreach network file",
                 "damaged targets");
  }
  return from_csr(std::move(offsets), std::move(targets), std::move(kinds), std::move(weights),
                  std::move(groups), flags[0] != 0);
}

const detail::AudienceRows& Network::audience_rows() const {
  std::call_once(derived_->rows_once, [&] {
    derived_->rows = std::make_shared<const detail::AudienceRows>(*this);
    derived_->rows_built.store(true);
  });
  return *derived_->rows;
}

}  // namespace socialreach
