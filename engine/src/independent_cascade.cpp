#include "socialreach/independent_cascade.hpp"

#include <cmath>
#include <string>

#include "socialreach/errors.hpp"

namespace socialreach {

void validate_credibility(const PerKind& credibility, const char* model) {
  for (int k = 0; k < kKindCount; ++k) {
    const double c = credibility[k];
    if (!(c >= 0.0) || std::isinf(c)) {
      fail_value(std::string(model) + ".credibility['" + std::string(kKindNames[k]) + "']",
                 "a finite number >= 0", format_number(c));
    }
  }
}

void IndependentCascade::validate() const {
  if (!weighted_cascade) check_in_closed(p, 0.0, 1.0, "IndependentCascade.p");
  validate_credibility(credibility, "IndependentCascade");
  for (int k = 0; k < kKindCount; ++k) {
    check_in_closed(visibility[k], 0.0, 1.0,
                    "IndependentCascade.visibility['" + std::string(kKindNames[k]) + "']");
  }
}

}  // namespace socialreach
