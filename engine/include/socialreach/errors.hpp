// Error messages that say what to fix: parameter, allowed range, value given.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace socialreach {

// Shortest text that reads back as the same double ("1.7", "nan", "inf").
std::string format_number(double value);
std::string format_number(std::int64_t value);
// A value given as text, in single quotes ('bad'), as error messages show it.
std::string quoted(std::string_view text);

// "<parameter> must be <requirement>, got <value>" as std::invalid_argument (Python ValueError).
[[noreturn]] void fail_value(std::string_view parameter, std::string_view requirement,
                             std::string_view got);

// Same wording as std::out_of_range (Python IndexError), for node ids.
[[noreturn]] void fail_index(std::string_view parameter, std::string_view requirement,
                             std::string_view got);

// Checks lo <= value <= hi (NaN fails) and names the parameter and range otherwise.
void check_in_closed(double value, double lo, double hi, std::string_view parameter);

// A long run was stopped by its caller (Ctrl-C); no partial results are returned.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("socialreach run cancelled") {}
};

}  // namespace socialreach
