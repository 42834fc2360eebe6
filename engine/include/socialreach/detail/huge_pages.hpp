// An allocator for the large arrays that simulations read at random (a network's ties and
// offsets, a thread's cascade state): on Linux, an array of at least kFrom bytes gets its own
// mapping, aligned to and rounded up to 2 MiB, advised as transparent huge pages before it is
// first touched, so that the processor translates its addresses with one TLB entry per 2 MiB
// instead of per 4 KiB (bench/README.md: peer workload (d), one million nodes, spends much of a
// cascade in TLB misses otherwise). Where the kernel gives no huge pages the mapping is ordinary
// memory; smaller arrays, and other systems, use operator new.
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace socialreach::detail {

// Maps `bytes` (a multiple of kHugePage) at a kHugePage boundary, advised as huge pages; throws
// std::bad_alloc when the system has no room.
void* map_huge_pages(std::size_t bytes);
void unmap_huge_pages(void* data, std::size_t bytes);

inline constexpr std::size_t kHugePage = std::size_t{1} << 21;

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  // Arrays from this size on get huge pages (half of one: the rounding wastes at most as much
  // as the array holds).
  static constexpr std::size_t kFrom = kHugePage / 2;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT(google-explicit-constructor)

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T) - kHugePage) throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    if (!huge(bytes)) return static_cast<T*>(::operator new(bytes, std::align_val_t{alignof(T)}));
    return static_cast<T*>(map_huge_pages(rounded(bytes)));
  }
  void deallocate(T* data, std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (!huge(bytes)) {
      ::operator delete(data, std::align_val_t{alignof(T)});
      return;
    }
    unmap_huge_pages(data, rounded(bytes));
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  static bool huge(std::size_t bytes) {
#if defined(__linux__)
    return bytes >= kFrom;
#else
    return (void)bytes, false;
#endif
  }
  static std::size_t rounded(std::size_t bytes) {
    return (bytes + kHugePage - 1) & ~(kHugePage - 1);
  }
};

// A std::vector whose storage is on huge pages once it is large (HugePageAllocator).
template <typename T>
using LargeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace socialreach::detail
