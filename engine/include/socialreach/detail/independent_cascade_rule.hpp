// The independent cascade share rule (see socialreach/independent_cascade.hpp): u shares once;
// each audience member sees it with the sender kind's visibility and adopts with p_uv.
//
// The coins are keyed by the edge: see = bits(e, kSee), adopt = coin(e). No coin depends
// on the order in which others were drawn, so which coins are drawn (a member who already adopted
// may or may not get one) changes no result.
//
// When every member sees the share, all of a sender's edges share one probability p with
// 0 < p < 1/10 and shares do not start large cascades, the sender's live edges (those whose coin
// succeeds) are drawn directly by geometric skipping (detail/geometric_skip.hpp): the j-th skip of
// sender u is keyed by bits(offsets[u] + u + j, kLive) (at most degree + 1 skips, so senders never
// share a number). Each edge is still live independently with probability p, and two runs with the
// same seed still see the same live edges wherever a sender's p is the same (common random
// numbers).
#pragma once

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "socialreach/detail/audience_prefetch.hpp"
#include "socialreach/detail/audience_rows.hpp"
#include "socialreach/detail/cascade_state.hpp"
#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/geometric_skip.hpp"
#include "socialreach/independent_cascade.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

class IndependentCascadeRule {
 public:
  IndependentCascadeRule(const IndependentCascade& model, const Network& network)
      : model_(model), network_(network) {
    per_edge_ = model.weighted_cascade || network.weighted();
    if (const auto kind = network.sole_kind()) only_kind_ = static_cast<int>(*kind);
    for (int k = 0; k < kKindCount; ++k) {
      uniform_threshold_[k] =
          CounterRng::threshold(credible_probability(model.p, model.credibility[k]));
      see_threshold_[k] = CounterRng::threshold(model.visibility[k]);
    }
    if (model.weighted_cascade && !network.weighted()) {
      // The threshold then depends only on the member's in-degree and the sender's kind: one
      // table by in-degree per kind that occurs (no divisions per examined edge), read through
      // the network's 4-byte in-degrees; on a network of at most AudienceRows::kMostNodes nodes
      // also a table by member (one load per member instead of two: E2 1.09x; on a million
      // nodes, 8 MB per kind built every run cost more than the load saved).
      const std::uint32_t smallest = network.smallest_in_degree();  // of members (0: none)
      const std::uint32_t largest = network.largest_in_degree();
      for (int k = 0; k < kKindCount; ++k) {
        if (!network.has_kind(static_cast<Kind>(k))) continue;
        auto table = std::make_shared<std::vector<std::uint64_t>>(std::size_t{largest} + 1, 0);
        for (std::uint32_t d = 1; d <= largest; ++d) {
          (*table)[d] = CounterRng::threshold(credible_probability(1.0 / d, model.credibility[k]));
        }
        // The probability falls with the in-degree: the smallest in-degree gives the largest.
        largest_threshold_[k] = (*table)[smallest];
        if (network.n_nodes() <= AudienceRows::kMostNodes) {
          auto member = std::make_shared<std::vector<std::uint64_t>>(network.n_nodes());
          for (std::size_t v = 0; v < member->size(); ++v) {
            (*member)[v] = (*table)[network.in_degrees()[v]];
          }
          by_member_[k] = std::move(member);
        }
        by_in_degree_[k] = std::move(table);
      }
      for (int k = 0; k < kKindCount; ++k) {
        deferred_ = deferred_ || (network.has_kind(static_cast<Kind>(k)) && gated(k));
      }
    }
    mean_transmissions_ = estimate_mean_transmissions();
    // Skipping pays where few members adopt: a logarithm per live edge, against a coin per member
    // whose loads and draws all overlap (make bench: BM_IcPeerWorkloadB, p = 0.05, gains; C,
    // p = 0.15, and fused A lose). The choice depends on the model and network only, so fused
    // and one-at-a-time runs draw the same numbers.
    std::optional<EdgeId> largest_audience;  // found once, if some kind skips
    for (int k = 0; k < kKindCount; ++k) {
      const double p = credible_probability(model.p, model.credibility[k]);
      if (per_edge_ || model.visibility[k] < 1.0 || !(p > 0.0 && p < 0.1) || large_shares()) {
        continue;
      }
      if (!largest_audience) {
        largest_audience = 0;
        for (NodeId u = 0; u < static_cast<NodeId>(network.n_nodes()); ++u) {
          largest_audience = std::max<EdgeId>(*largest_audience, network.out_degree(u));
        }
      }
      skip_[k].emplace(p, *largest_audience);
    }
  }

  // The adoption coin threshold of edge e (to v) from a sender of kind k (compare with
  // below_threshold).
  std::uint64_t adopt_threshold(EdgeId e, NodeId v, int k) const {
    if (!per_edge_) return uniform_threshold_[k];
    if (by_in_degree_[k]) return member_threshold(v, k);
    return computed_threshold(e, v, k);
  }

  // Whether one share causes 3 or more expected adoptions (every member seeing it, averaged over
  // senders; above about 1 a share starts large cascades): cascades are then large and fast, the
  // simulator fuses replications (make bench, BM_Ic*/fused:0 against fused:1: several times
  // faster at 10 expected adoptions per share, BM_IcPeerWorkloadA; slower at 1.5,
  // BM_IcPeerWorkloadC, and below 1, where the same node is visited at many different steps
  // across the 64 replications) and senders draw a coin per member.
  bool large_shares() const { return mean_transmissions_ >= 3.0; }

 private:
  // The expected adoptions caused by one share, estimated from at most about 20,000 senders spread
  // evenly over the node ids, so that it costs little on any network; 2,000 where thresholds are
  // per edge, whose reads are cache misses (20,000 senders took about 5 ms of a weighted-cascade
  // run on a million nodes). With per-edge thresholds the estimate only chooses whether to fuse,
  // which changes no result; with one p per sender it also chooses skipping, so its sample stays.
  double estimate_mean_transmissions() const {
    const auto& offsets = network_.offsets();
    const std::int64_t n = network_.n_nodes();
    const std::int64_t stride = std::max<std::int64_t>(1, n / (per_edge_ ? 2'000 : 20'000));
    double sum = 0.0;
    std::int64_t senders = 0;
    for (std::int64_t u = 0; u < n; u += stride, ++senders) {
      const int k = static_cast<int>(network_.kind(static_cast<NodeId>(u)));
      if (!per_edge_) {  // one probability per sender: degree times p
        sum += static_cast<double>(offsets[u + 1] - offsets[u]) *
               static_cast<double>(uniform_threshold_[k]) * 0x1.0p-53;
        continue;
      }
      for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
        sum += static_cast<double>(adopt_threshold(e, network_.targets()[e], k)) * 0x1.0p-53;
      }
    }
    return senders > 0 ? sum / static_cast<double>(senders) : 0.0;
  }

 public:
  // Whether senders of kind k draw their live edges by geometric skipping (see above).
  bool skips(int k) const { return skip_[k].has_value(); }

  // Calls body(threshold) with threshold(e, v), the adoption threshold of edge e (to v) from a
  // sender of kind k, specialised once for where thresholds come from (one for all edges, a
  // table by in-degree, or computed per edge), so that a share loop does not ask per edge.
  template <typename Body>
  void with_threshold(int k, Body body) const {
    if (!per_edge_) {
      const std::uint64_t uniform = uniform_threshold_[k];
      body([uniform](EdgeId, NodeId) { return uniform; });
    } else if (by_member_[k]) {
      const std::uint64_t* member = by_member_[k]->data();
      body([member](EdgeId, NodeId v) { return member[v]; });
    } else if (by_in_degree_[k]) {
      const std::uint64_t* table = by_in_degree_[k]->data();
      const std::uint32_t* in_degrees = network_.in_degrees().data();
      body([table, in_degrees](EdgeId, NodeId v) { return table[in_degrees[v]]; });
    } else {
      body([this, k](EdgeId e, NodeId v) { return computed_threshold(e, v, k); });
    }
  }

  // Calls each(e) for every live out-edge e of u (a sender of a kind that skips), in order.
  template <typename Each>
  void for_each_live(NodeId u, int k, const CounterRng& rng, Each each) const {
    const EdgeId begin = network_.offsets()[u], end = network_.offsets()[u + 1];
    for_each_success(
        end - begin, *skip_[k],
        [&](std::uint64_t j) { return rng.bits(begin + u + j, Purpose::kLive); },
        [&](std::uint64_t i) { each(begin + i); });
  }

  // The members whose coins succeeded during a step, in the order found, with the origin of the
  // chain each came through: they adopt once the step's senders are done (adopt_hits), what
  // their adoption reads fetched meanwhile (Share::fetch; Barabási–Albert one million nodes 1.10x,
  // see bench/README.md).
  struct Scratch {
    std::vector<NodeId> hits;
    std::vector<Kind> origins;
    std::size_t count = 0;
    // Deferred decisions (see share_deferring): members whose coins passed the gate, in the
    // order found, decided at the end of the step.
    struct Candidate {
      NodeId member;
      Kind origin;
      std::uint8_t kind;  // of the sender
      std::uint64_t coin;
    };
    std::vector<Candidate> candidates;
    std::size_t pending = 0;

    // Room for `more` hits after the step's so far.
    [[gnu::always_inline]] NodeId* room(std::size_t more) {
      if (hits.size() < count + more) [[unlikely]]
        grow(count + more);
      return hits.data() + count;
    }
    [[gnu::noinline]] void grow(std::size_t least) {
      hits.resize(2 * least);
      origins.resize(hits.size());
    }
    // Room for `more` candidates after the step's so far.
    [[gnu::always_inline]] Candidate* candidates_room(std::size_t more) {
      if (candidates.size() < pending + more) [[unlikely]]
        grow_candidates(pending + more);
      return candidates.data() + pending;
    }
    [[gnu::noinline]] void grow_candidates(std::size_t least) { candidates.resize(2 * least); }
  };

  // The share just drawn put `found` hits in the scratch's room, through a chain from `origin`.
  // Origins are kept only where nodes differ in kind: with one kind every chain has one origin
  // (their fill was a call to memset per share).
  void add_hits(Scratch& scratch, std::size_t found, Kind origin) const {
    if (only_kind_ < 0) std::fill_n(scratch.origins.data() + scratch.count, found, origin);
    scratch.count += found;
  }

  // The step's hits adopt in the order found (a member hit by several senders adopts through
  // the first) and are appended to `adopted_now`.
  template <bool kBits>
  void adopt_hits(CascadeState& state, Scratch& scratch, std::vector<NodeId>& adopted_now) const {
    if (scratch.pending > 0) decide_candidates<kBits>(state, scratch);
    const EdgeId* offsets = network_.offsets().data();
    const NodeId* targets = network_.targets().data();
    const Kind* kinds = network_.kinds().data();
    for (std::size_t i = 0; i < scratch.count; ++i) {
      const NodeId v = scratch.hits[i];
      const Kind origin = only_kind_ >= 0 ? static_cast<Kind>(only_kind_) : scratch.origins[i];
      if (!state.adopt(v, origin)) continue;
      adopted_now.push_back(v);
      // v shares at the next step: on a large network its audience is fetched now (its offsets
      // were when it was hit; detail/audience_prefetch.hpp), and its kind where nodes differ in
      // kind (BA one million nodes, kinds read: 1.11x); on a small one, where they are cached,
      // only its offsets.
      if constexpr (kBits) {
        __builtin_prefetch(offsets + v);
      } else {
        prefetch_audience(targets, offsets, v);
        if (only_kind_ < 0) __builtin_prefetch(kinds + v);
      }
    }
    scratch.count = 0;
  }

  // The step's deferred candidates become hits where their coins are below their thresholds,
  // in the order found (their thresholds were fetched when found), what their adoption reads
  // fetched (Share::fetch).
  template <bool kBits>
  void decide_candidates(CascadeState& state, Scratch& scratch) const {
    NodeId* hits = scratch.room(scratch.pending);
    Kind* origins = scratch.origins.data() + scratch.count;
    std::size_t count = 0;
    for (std::size_t i = 0; i < scratch.pending; ++i) {
      const Scratch::Candidate& c = scratch.candidates[i];
      hits[count] = c.member;
      origins[count] = c.origin;
      count += CounterRng::below_threshold(c.coin, member_threshold(c.member, c.kind));
    }
    for (std::size_t i = 0; i < count; ++i) {
      Share::fetch<kBits>(state.marks(), network_.offsets().data(), hits[i]);
    }
    scratch.count += count;
    scratch.pending = 0;
  }

  // Builds the audience rows of a small network for the share loops (one replication at a time;
  // the fused cascade keeps its own exposures): with rows, exposures are kept as bits.
  void use_audience_rows() {
    if (const AudienceRows& rows = network_.audience_rows(); !rows.empty()) rows_ = &rows;
  }
  bool has_audience_rows() const { return rows_ != nullptr; }

  // The rule as the step driver runs it, with exposures kept as bits (kBits: on a network with
  // audience rows) or on the marks (CascadeState). Each way is its own driver, compiled without the
  // other's loops (with both in one, GCC stopped inlining the share loops' helpers: B 0.82x).
  // Without kReach (RunOptions::count_reach false) no exposure is marked, only adoptions on the
  // marks: kBits then only says the network is small enough for rows (its marks are in cache).
  template <bool kBits, bool kReach>
  class Sharing {
   public:
    explicit Sharing(const IndependentCascadeRule& rule) : rule_(&rule) {}

    using Scratch = IndependentCascadeRule::Scratch;
    Scratch scratch() const { return {}; }
    using State = CascadeState;

    // This thread's replications keep exposures as bits.
    void prepare(CascadeState& state) const {
      if constexpr (kBits && kReach) state.use_exposure_bits(rule_->rows_->words());
    }

    // Step 0: nobody adopts without a seed.
    void begin(const CounterRng&, CascadeState&, Scratch&, std::vector<NodeId>&) const {}

    // u (adopted at the previous step) shares; the members it makes adopt are kept in `scratch`
    // until end_step.
    void share(NodeId u, const CounterRng& rng, CascadeState& state, Scratch& scratch,
               std::vector<NodeId>&) const {
      const int k =
          rule_->only_kind_ >= 0 ? rule_->only_kind_ : static_cast<int>(rule_->network_.kind(u));
      if (rule_->model_.visibility[k] >= 1.0) {
        rule_->share_with<true, kBits, kReach>(u, k, rng, state, scratch);
      } else {
        rule_->share_with<false, kBits, kReach>(u, k, rng, state, scratch);
      }
    }

    // Every sender of the step has shared: its hits adopt, appended to `adopted_now`.
    void end_step(CascadeState& state, Scratch& scratch, std::vector<NodeId>& adopted_now) const {
      rule_->adopt_hits<kBits>(state, scratch, adopted_now);
    }

   private:
    const IndependentCascadeRule* rule_;
  };

 private:
  // kBits: exposures are kept as bits (see Sharing), not on the marks; kReach: they are marked.
  template <bool kAlwaysSeen, bool kBits, bool kReach>
  void share_with(NodeId u, int k, const CounterRng& rng, CascadeState& state,
                  Scratch& scratch) const {
    if (kAlwaysSeen && skip_[k]) {
      share_skipping<kBits, kReach>(u, k, rng, state, scratch);
    } else if (deferred_) {
      share_deferring<kAlwaysSeen, kBits, kReach>(u, k, rng, state, scratch);
    } else if (kAlwaysSeen) {
      with_threshold(k, [&](auto threshold) {
        share_gathering<kBits, kReach>(u, threshold, rng, state, scratch);
      });
    } else {
      with_threshold(k, [&](auto threshold) {
        share_each<kBits, kReach>(u, k, threshold, rng, state, scratch);
      });
    }
  }

  // Whether the adoption thresholds of kind k's members are read only behind the gate of the
  // largest one (share_deferring): where they are read from memory per member and some coins
  // exceed every one (with weighted cascade, 1 / the smallest in-degree below 1).
  bool gated(int k) const {
    return per_edge_ && largest_threshold_[k] < CounterRng::threshold(1.0);
  }

  std::uint64_t computed_threshold(EdgeId e, NodeId v, int k) const {
    return CounterRng::threshold(edge_probability(model_, network_, e, v, k));
  }

  // The share loop where some members may not see the share, with where thresholds come from
  // taken out of the loop. Exposures are counted on the one-byte marks (CascadeState; or the
  // exposure bits, see Sharing). The counts go to the metrics once per share.
  template <bool kBits, bool kReach, typename Threshold>
  void share_each(NodeId u, int k, Threshold threshold, const CounterRng& rng, CascadeState& state,
                  Scratch& scratch) const {
    const Share share = share_of(u, state);
    NodeId* hits = scratch.room(share.end - share.begin);
    std::size_t count = 0;
    std::int64_t impressions = 0, reached = 0;
    for (EdgeId e = share.begin; e < share.end; ++e) {
      if (!CounterRng::below_threshold(rng.bits(e, Purpose::kSee), see_threshold_[k])) continue;
      const NodeId v = share.targets[e];
      ++impressions;
      reached += share.expose<kBits, kReach>(v);
      if (CounterRng::below_threshold(rng.coin(e), threshold(e, v))) {
        share.fetch<kBits>(v);
        hits[count++] = v;
      }
    }
    add_hits(scratch, count, share.origin);
    add_counts(share.origin, impressions, reached, state);
  }

  // The weighted cascade's threshold of member v from a sender of kind k (thresholds by member
  // or by in-degree; see the constructor).
  std::uint64_t member_threshold(NodeId v, int k) const {
    if (by_member_[k]) return (*by_member_[k])[v];
    return (*by_in_degree_[k])[network_.in_degrees()[v]];
  }

  // The share loop where thresholds are read behind the gate of the largest one (weighted cascade
  // on a network whose smallest in-degree is above 1): a member whose coin passes the gate is
  // kept as a candidate, its threshold fetched, and decided at the end of the step
  // (decide_candidates), when its threshold has arrived. Deciding at once made the share loop
  // wait for each such threshold from memory, and its branch mispredict (about half of the
  // candidates adopt): BA one million nodes 1.31x. Every share of the run defers (with a kind
  // whose largest threshold is 1, every member is a candidate), so that hits keep the order found.
  template <bool kAlwaysSeen, bool kBits, bool kReach>
  void share_deferring(NodeId u, int k, const CounterRng& rng, CascadeState& state,
                       Scratch& scratch) const {
    const Share share = share_of(u, state);
    const std::uint64_t largest = largest_threshold_[k];
    Scratch::Candidate* candidates = scratch.candidates_room(share.end - share.begin);
    std::size_t count = 0;
    std::int64_t impressions = 0, reached = 0;
    for (EdgeId e = share.begin; e < share.end; ++e) {
      if (!kAlwaysSeen &&
          !CounterRng::below_threshold(rng.bits(e, Purpose::kSee), see_threshold_[k])) {
        continue;
      }
      const NodeId v = share.targets[e];
      ++impressions;
      reached += share.expose<kBits, kReach>(v);
      const std::uint64_t coin = rng.coin(e);
      candidates[count] = {v, share.origin, static_cast<std::uint8_t>(k), coin};
      count += CounterRng::below_threshold(coin, largest);
    }
    if (by_member_[k]) {
      const std::uint64_t* member = by_member_[k]->data();
      for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(member + candidates[i].member);
    } else {
      const std::uint32_t* in_degrees = network_.in_degrees().data();
      for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(in_degrees + candidates[i].member);
    }
    scratch.pending += count;
    add_counts(share.origin, impressions, reached, state);
  }

  // Every member sees u's share and every member's threshold is at hand (one for all, or read
  // for each member anyway): the members whose coins succeed are gathered without a branch. A
  // branch per member mispredicts on each success (p = 0.15: every seventh member), and
  // the adoption path inside the loop kept the loop's counters out of registers (C and
  // weighted-cascade E2 1.25x). With a row for u, its row marks the audience first.
  template <bool kBits, bool kReach, typename Threshold>
  void share_gathering(NodeId u, Threshold threshold, const CounterRng& rng, CascadeState& state,
                       Scratch& scratch) const {
    const Share share = share_of(u, state);
    const EdgeId size = share.end - share.begin;
    NodeId* hits = scratch.room(size);
    std::size_t count = 0;
    std::int64_t reached = 0;
    const AudienceRows::Row row = kBits && kReach ? rows_->row(u) : AudienceRows::Row{};
    if (row.size > 0) reached = AudienceRows::merge(row, share.bits);
    for (EdgeId e = share.begin; e < share.end; ++e) {
      const NodeId v = share.targets[e];
      if (row.size == 0) reached += share.expose<kBits, kReach>(v);
      hits[count] = v;
      count += CounterRng::below_threshold(rng.coin(e), threshold(e, v));
    }
    for (std::size_t i = 0; i < count; ++i) share.fetch<kBits>(hits[i]);
    add_hits(scratch, count, share.origin);
    add_counts(share.origin, size, reached, state);
  }

  // Every member sees u's share and its live edges are drawn by skipping: one pass over the
  // audience (or its row) marks exposures (where reach is counted), then only the live edges are
  // visited.
  template <bool kBits, bool kReach>
  void share_skipping(NodeId u, int k, const CounterRng& rng, CascadeState& state,
                      Scratch& scratch) const {
    const Share share = share_of(u, state);
    NodeId* hits = scratch.room(share.end - share.begin);
    std::size_t count = 0;
    std::int64_t reached = 0;
    if constexpr (kReach) {
      if (const AudienceRows::Row row = kBits ? rows_->row(u) : AudienceRows::Row{}; row.size > 0) {
        reached = AudienceRows::merge(row, share.bits);
      } else {
        for (EdgeId e = share.begin; e < share.end; ++e) {
          reached += share.expose<kBits, kReach>(share.targets[e]);
        }
      }
    }
    for_each_live(u, k, rng, [&](EdgeId e) {
      const NodeId v = share.targets[e];
      share.fetch<kBits>(v);
      hits[count++] = v;
    });
    add_hits(scratch, count, share.origin);
    add_counts(share.origin, static_cast<std::int64_t>(share.end - share.begin), reached, state);
  }

  // One share of u as its loops see it: u's audience, the origin of u's chain, and the
  // replication's marks (or exposure bits). (share_of is always inlined, as
  // GeometricSkip::failures: with a driver for each way of keeping exposures, GCC otherwise keeps
  // it out of line, which measured slower.)
  struct Share {
    Kind origin;
    const NodeId* targets;
    EdgeId begin, end;
    CascadeState::Mark* marks;
    CascadeState::Mark base;
    std::uint64_t* bits;
    const EdgeId* offsets;

    // Fetches what a hit's adoption reads (adopt_hits): on a large network its audience offsets
    // (its mark is in cache, its exposure just marked), on a small one its mark.
    template <bool kBits>
    void fetch(NodeId v) const {
      fetch<kBits>(marks, offsets, v);
    }
    template <bool kBits>
    static void fetch(const CascadeState::Mark* marks, const EdgeId* offsets, NodeId v) {
      if constexpr (kBits) {
        __builtin_prefetch(marks + v);
      } else {
        __builtin_prefetch(offsets + v);
      }
    }

    // 1 if v had not been exposed in this replication (nor is a seed), 0 otherwise; without
    // kReach 0, and nothing is marked.
    template <bool kBits, bool kReach>
    std::int64_t expose(NodeId v) const {
      if constexpr (!kReach) {
        return 0;
      } else if constexpr (kBits) {
        const std::uint64_t mask = std::uint64_t{1} << (v & 63), word = bits[v >> 6];
        bits[v >> 6] = word | mask;
        return (word & mask) == 0;
      } else {
        const CascadeState::Mark mark = marks[v];
        marks[v] = std::max(mark, base);
        return mark < base;
      }
    }
  };
  [[gnu::always_inline]] Share share_of(NodeId u, CascadeState& state) const {
    const Kind origin = state.chain_origin(u);
    return {origin,
            network_.targets().data(),
            network_.offsets()[u],
            network_.offsets()[u + 1],
            state.marks(),
            state.base(),
            state.exposure_bits(),
            network_.offsets().data()};
  }
  static void add_counts(Kind origin, std::int64_t impressions, std::int64_t reached,
                         CascadeState& state) {
    state.metrics.impressions += impressions;
    state.metrics.reach += reached;
    state.metrics.reach_by_origin[static_cast<int>(origin)] += reached;
  }

  const IndependentCascade& model_;
  const Network& network_;
  std::uint64_t uniform_threshold_[kKindCount]{};
  std::uint64_t see_threshold_[kKindCount]{};
  // With weighted cascade on an unweighted network, no member's adoption threshold exceeds
  // largest_threshold_[k] (from a sender of kind k); all ones otherwise.
  std::uint64_t largest_threshold_[kKindCount] = {~0ULL, ~0ULL, ~0ULL};
  bool per_edge_ = false;
  // The kind of every node where all have the same (senders' kinds are then not read), or -1.
  int only_kind_ = -1;
  // Whether the run's shares defer their decisions to the end of the step (share_deferring).
  bool deferred_ = false;
  double mean_transmissions_ = 0.0;
  // Weighted cascade on an unweighted network: thresholds by in-degree, one table per sender
  // kind present (shared by copies of the rule).
  std::array<std::shared_ptr<const std::vector<std::uint64_t>>, kKindCount> by_in_degree_;
  // The same by member on a small network (null otherwise).
  std::array<std::shared_ptr<const std::vector<std::uint64_t>>, kKindCount> by_member_;
  // Audience rows of a small network (null when it has none): exposures are then kept as bits.
  const AudienceRows* rows_ = nullptr;  // the network's
  // Kinds whose senders draw their live edges by skipping.
  std::array<std::optional<GeometricSkip>, kKindCount> skip_;
};

}  // namespace socialreach::detail
