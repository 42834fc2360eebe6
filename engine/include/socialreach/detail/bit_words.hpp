// Bit sets over the nodes as 64-bit words on whole cache lines (64-byte aligned), as the vector
// steps of AudienceRows::merge read and write them: unaligned, every step would straddle two lines.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <vector>

namespace socialreach::detail {

template <typename T>
struct CacheLineAllocator {
  using value_type = T;
  CacheLineAllocator() = default;
  template <typename U>
  CacheLineAllocator(const CacheLineAllocator<U>&) {}
  T* allocate(std::size_t n) {
    // Whole lines, at least one (aligned_alloc may refuse a size of 0).
    void* p = std::aligned_alloc(64, std::max<std::size_t>(1, (n * sizeof(T) + 63) / 64) * 64);
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t) { std::free(p); }
  bool operator==(const CacheLineAllocator&) const = default;
};
using BitWords = std::vector<std::uint64_t, CacheLineAllocator<std::uint64_t>>;

}  // namespace socialreach::detail
