#include "socialreach/components.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <utility>

namespace socialreach {

namespace {

// Labels renumbered 0, 1, ... in order of first appearance.
std::vector<std::int32_t> renumber(const std::vector<std::int64_t>& raw) {
  std::vector<std::int32_t> first(raw.size(), -1), labels(raw.size());
  std::int32_t next = 0;
  for (std::size_t v = 0; v < raw.size(); ++v) {
    std::int32_t& label = first[raw[v]];
    if (label < 0) label = next++;
    labels[v] = label;
  }
  return labels;
}

std::vector<std::int64_t> weak_roots(const Network& network) {
  const auto n = static_cast<std::size_t>(network.n_nodes());
  std::vector<std::int64_t> rank(n, 0), parent(n);
  const auto rank_map =
      boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
  const auto parent_map =
      boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
  boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
  for (std::size_t v = 0; v < n; ++v) sets.make_set(static_cast<std::int64_t>(v));
  const auto& offsets = network.offsets();
  for (std::size_t u = 0; u < n; ++u) {
    for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
      sets.union_set(static_cast<std::int64_t>(u), static_cast<std::int64_t>(network.targets()[e]));
    }
  }
  std::vector<std::int64_t> roots(n);
  for (std::size_t v = 0; v < n; ++v) roots[v] = sets.find_set(static_cast<std::int64_t>(v));
  return roots;
}

std::vector<std::int64_t> strong_labels(const Network& network) {
  using Graph =
      boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                         boost::no_property, NodeId, EdgeId>;
  std::vector<std::pair<NodeId, NodeId>> edges;
  edges.reserve(network.n_edges());
  for (NodeId u = 0; u < static_cast<NodeId>(network.n_nodes()); ++u) {
    for (EdgeId e = network.offsets()[u]; e < network.offsets()[u + 1]; ++e) {
      edges.emplace_back(u, network.targets()[e]);
    }
  }
  const Graph graph(boost::edges_are_sorted, edges.begin(), edges.end(),
                    static_cast<NodeId>(network.n_nodes()));
  std::vector<std::int64_t> labels(network.n_nodes());
  boost::strong_components(
      graph, boost::make_iterator_property_map(labels.begin(), get(boost::vertex_index, graph)));
  return labels;
}

}  // namespace

std::vector<std::int32_t> components(const Network& network, bool strong) {
  return renumber(strong ? strong_labels(network) : weak_roots(network));
}

}  // namespace socialreach
