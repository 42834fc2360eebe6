#include "socialreach/kind.hpp"

#include "socialreach/errors.hpp"

namespace socialreach {

namespace {
std::string allowed_kinds() { return "one of 'company', 'employee', 'public'"; }
}  // namespace

Kind parse_kind(std::string_view name, std::string_view parameter) {
  for (int code = 0; code < kKindCount; ++code) {
    if (kKindNames[code] == name) return static_cast<Kind>(code);
  }
  fail_value(parameter, allowed_kinds(), quoted(name));
}

void check_kind_code(std::int64_t code, std::string_view parameter) {
  if (code < 0 || code >= kKindCount) {
    fail_value(parameter, allowed_kinds() + " (codes 0, 1, 2)", format_number(code));
  }
}

}  // namespace socialreach
