#include "socialreach/errors.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace socialreach {

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  std::array<char, 64> buffer{};
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), end);
}

std::string format_number(std::int64_t value) { return std::to_string(value); }

std::string quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

void fail_value(std::string_view parameter, std::string_view requirement, std::string_view got) {
  throw std::invalid_argument(std::string(parameter) + " must be " + std::string(requirement) +
                              ", got " + std::string(got));
}

void fail_index(std::string_view parameter, std::string_view requirement, std::string_view got) {
  throw std::out_of_range(std::string(parameter) + " must be " + std::string(requirement) +
                          ", got " + std::string(got));
}

void check_in_closed(double value, double lo, double hi, std::string_view parameter) {
  if (!(value >= lo && value <= hi)) {
    fail_value(parameter, "in [" + format_number(lo) + ", " + format_number(hi) + "]",
               format_number(value));
  }
}

}  // namespace socialreach
