#include "socialreach/detail/huge_pages.hpp"

#if defined(__linux__)
#include <sys/mman.h>

#include <cstdint>
#endif

namespace socialreach::detail {

#if defined(__linux__)
void* map_huge_pages(std::size_t bytes) {
  // A kHugePage more than asked, so that an aligned start lies inside; the ends are given back.
  const std::size_t mapped = bytes + kHugePage;
  void* raw = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
  if (aligned > start) munmap(raw, aligned - start);
  if (const std::uintptr_t tail = start + mapped - (aligned + bytes); tail > 0) {
    munmap(reinterpret_cast<void*>(aligned + bytes), tail);
  }
  // Only advice: where the kernel has transparent huge pages off, the pages stay ordinary.
  madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

void unmap_huge_pages(void* data, std::size_t bytes) { munmap(data, bytes); }
#else
void* map_huge_pages(std::size_t) { throw std::bad_alloc(); }
void unmap_huge_pages(void*, std::size_t) {}
#endif

}  // namespace socialreach::detail
