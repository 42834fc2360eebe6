// The allocator of the large arrays (detail/huge_pages.hpp): arrays from half a huge page on start
// at a huge-page boundary (on Linux, where they get a mapping of their own), smaller ones come
// from operator new, and both keep what is stored in them through growth and copies.
#include "socialreach/detail/huge_pages.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

namespace socialreach {
namespace {

using detail::HugePageAllocator;
using detail::kHugePage;
using detail::LargeVector;

std::uintptr_t address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

#if defined(__linux__)  // elsewhere every array comes from operator new
TEST(HugePages, LargeArraysStartOnAHugePageBoundary) {
  // 1, 2 and 3 times the smallest size, so that the rounding up to whole huge pages is exercised.
  for (std::size_t times = 1; times <= 3; ++times) {
    LargeVector<std::uint32_t> values(times * HugePageAllocator<std::uint32_t>::kFrom / 4);
    EXPECT_EQ(address(values.data()) % kHugePage, 0u) << times;
  }
}
#endif

TEST(HugePages, SmallArraysComeFromOperatorNew) {
  // Below kFrom: not a mapping of its own, so (almost surely) not on a huge-page boundary; the
  // three arrays cannot all be.
  int aligned = 0;
  std::vector<LargeVector<std::uint8_t>> small;
  for (int i = 0; i < 3; ++i) {
    small.emplace_back(1000);
    aligned += address(small.back().data()) % kHugePage == 0;
  }
  EXPECT_LT(aligned, 3);
}

TEST(HugePages, ValuesSurviveGrowthAcrossTheThresholdAndCopies) {
  LargeVector<std::uint64_t> values;
  const std::size_t count = 3 * HugePageAllocator<std::uint64_t>::kFrom / 8 + 5;
  for (std::size_t i = 0; i < count; ++i) values.push_back(i * i);  // small, then mapped
  const LargeVector<std::uint64_t> copy = values;
  LargeVector<std::uint64_t> moved = std::move(values);
  for (std::size_t i = 0; i < count; i += 997) {
    ASSERT_EQ(copy[i], i * i);
    ASSERT_EQ(moved[i], i * i);
  }
  EXPECT_EQ(copy.back(), (count - 1) * (count - 1));
  moved.resize(10);
  moved.shrink_to_fit();  // back to operator new
  EXPECT_EQ(moved[9], 81u);
}

}  // namespace
}  // namespace socialreach
