// Bit sets over the nodes as 64-bit words on whole cache lines (64-byte aligned), as the vector
// steps of AudienceRows::merge read and write them: unaligned, every step would straddle two lines.
#pragma once

#include <cstddef>
#include <cstdint>
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
    return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64}));
  }
  void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t{64}); }
  bool operator==(const CacheLineAllocator&) const = default;
};
using BitWords = std::vector<std::uint64_t, CacheLineAllocator<std::uint64_t>>;

}  // namespace socialreach::detail
