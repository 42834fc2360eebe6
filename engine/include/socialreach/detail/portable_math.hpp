// The logarithm, exponential and cosine that random draws go through, computed from +, -, *, /
// and exact operations (floor, ldexp, bit manipulation) only: IEEE 754 rounds those the same
// everywhere, and the engine is built with -ffp-contract=off so that no fused multiply-add
// changes a rounding. std::log, std::exp and std::cos may differ in their last bit between C
// libraries, and between the builds one library picks by processor (glibc has separate ones for
// processors with FMA), while results must be bit-identical on every machine (ARCHITECTURE.md).
// Each has a relative error of a few units in the last place.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace socialreach::detail {

// ln x for x in (0, 1] (normal numbers), with a relative error of a few units in the last place:
// x = m * 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(s) with s = (m - 1) / (m + 1),
// |s| < 0.172, summed to s^19 (the next term is below 3e-17 of the total).
inline double portable_log(double x) {
  const auto bits = std::bit_cast<std::uint64_t>(x);
  int exponent = static_cast<int>((bits >> 52) & 0x7FF) - 1023;
  double m = std::bit_cast<double>((bits & 0x000F'FFFF'FFFF'FFFFULL) | 0x3FF0'0000'0000'0000ULL);
  if (m > 0x1.6a09e667f3bcdp+0) {  // sqrt(2)
    m *= 0.5;
    ++exponent;
  }
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  double series = 1.0 / 19;
  for (double odd = 17; odd > 0; odd -= 2) series = 1.0 / odd + s2 * series;
  return 2.0 * s * series + static_cast<double>(exponent) * 0x1.62e42fefa39efp-1;  // ln 2
}

// ln(1 - p) for p in (0, 1), accurate also where 1 - p would round away most of p.
inline double portable_log1m(double p) {
  if (p < 1e-4) return -p * (1.0 + p * (1.0 / 2 + p * (1.0 / 3 + p * (1.0 / 4))));  // |error| < p^5
  return portable_log(1.0 - p);
}

// e^x (0 below -746, infinity above 710): x = k ln 2 + r with k the integer nearest x / ln 2 and
// |r| <= ln 2 / 2, ln 2 taken in two parts so that k ln 2 is exact in the first (Cody and Waite;
// the constants of fdlibm), e^r summed by Horner's rule to r^13 / 13! (the next term is below
// 5e-18), times 2^k.
inline double portable_exp(double x) {
  if (x < -746.0) return 0.0;
  if (x > 710.0) return HUGE_VAL;
  const double k = std::floor(x * 1.4426950408889634 + 0.5);
  const double r = (x - k * 0x1.62e42feep-1) - k * 0x1.a39ef35793c76p-33;
  double sum = 1.0;
  for (int i = 13; i >= 1; --i) sum = 1.0 + r * sum / i;
  return std::ldexp(sum, static_cast<int>(k));
}

// cos(2 pi u) for u in [0, 1): 4u = q + f splits exactly into the quadrant q and f in [0, 1);
// cos(pi/2 (q + f)) is +-cos or +-sin of pi/2 f, and of pi/2 (1 - f) when f > 1/2, so the angle
// a is at most pi/4, where both series by Horner's rule to a^19 are within 1e-17.
inline double portable_cos_2pi(double u) {
  const double q = std::floor(4.0 * u);
  double f = 4.0 * u - q;
  const int quadrant = static_cast<int>(q) & 3;
  bool sine = quadrant == 1 || quadrant == 3;
  const double sign = quadrant == 1 || quadrant == 2 ? -1.0 : 1.0;
  if (f > 0.5) {
    f = 1.0 - f;
    sine = !sine;
  }
  const double a = f * (std::numbers::pi / 2), a2 = a * a;
  double series = 1.0;
  if (sine) {  // sin a = a (1 - a^2 / (2 3) (1 - a^2 / (4 5) (1 - ...)))
    for (int n = 9; n >= 1; --n) series = 1.0 - a2 / ((2.0 * n) * (2.0 * n + 1.0)) * series;
    return sign * a * series;
  }
  for (int n = 9; n >= 1; --n) series = 1.0 - a2 / ((2.0 * n - 1.0) * (2.0 * n)) * series;
  return sign * series;
}

}  // namespace socialreach::detail
