#include "socialreach/linear_threshold.hpp"

#include "socialreach/independent_cascade.hpp"

namespace socialreach {

void LinearThreshold::validate() const { validate_credibility(credibility, "LinearThreshold"); }

}  // namespace socialreach
