#include "socialreach/observe.hpp"

#include <string>

#include "socialreach/errors.hpp"

namespace socialreach {

Observe parse_observe(std::string_view name, std::string_view parameter) {
  if (name == "neighbors") return Observe::neighbors;
  if (name == "all") return Observe::all;
  fail_value(parameter, "one of 'neighbors', 'all'", quoted(name));
}

}  // namespace socialreach
