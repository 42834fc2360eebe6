#include "socialreach/threshold.hpp"

#include <cmath>
#include <string>

#include "socialreach/errors.hpp"
#include "socialreach/independent_cascade.hpp"

namespace socialreach {

namespace {

// phi (or one of its distribution's bounds) in the model's range: [0, 1] relative, >= 0 absolute.
void check_phi(double value, bool relative, const std::string& parameter) {
  if (relative) {
    check_in_closed(value, 0.0, 1.0, parameter);
  } else if (!(value >= 0.0) || std::isinf(value)) {
    fail_value(parameter, "a finite number >= 0 (a count of adopters, relative=False)",
               format_number(value));
  }
}

}  // namespace

ThresholdPhi ThresholdPhi::make(std::string_view form, double value, std::vector<double> per_node,
                                double first, double second) {
  ThresholdPhi phi;
  if (form == "constant") {
    phi.value = value;
  } else if (form == "per_node") {
    phi.form = Form::per_node;
    phi.per_node = std::move(per_node);
  } else if (form == "uniform") {
    phi.form = Form::uniform;
    phi.low = first;
    phi.high = second;
  } else if (form == "normal") {
    phi.form = Form::normal;
    phi.mean = first;
    phi.sd = second;
  } else {
    fail_value("Threshold.phi", "a number, one number per node, sr.Uniform or sr.Normal",
               quoted(form));
  }
  return phi;
}

void Threshold::validate() const {
  validate_credibility(credibility, "Threshold");
  switch (phi.form) {
    case ThresholdPhi::Form::constant:
      check_phi(phi.value, relative, "Threshold.phi");
      break;
    case ThresholdPhi::Form::per_node:
      for (std::size_t v = 0; v < phi.per_node.size(); ++v) {
        check_phi(phi.per_node[v], relative, "Threshold.phi[" + std::to_string(v) + "]");
      }
      break;
    case ThresholdPhi::Form::uniform:
      check_phi(phi.low, relative, "Threshold.phi: Uniform.a");
      check_phi(phi.high, relative, "Threshold.phi: Uniform.b");
      if (!(phi.low <= phi.high)) {
        fail_value("Threshold.phi: Uniform.b", ">= Uniform.a = " + format_number(phi.low),
                   format_number(phi.high));
      }
      break;
    case ThresholdPhi::Form::normal:
      if (!std::isfinite(phi.mean)) {
        fail_value("Threshold.phi: Normal.mean", "a finite number", format_number(phi.mean));
      }
      if (!(phi.sd >= 0.0) || std::isinf(phi.sd)) {
        fail_value("Threshold.phi: Normal.sd", "a finite number >= 0", format_number(phi.sd));
      }
      break;
  }
}

void Threshold::validate(const Network& network) const {
  if (phi.form == ThresholdPhi::Form::per_node &&
      static_cast<std::int64_t>(phi.per_node.size()) != network.n_nodes()) {
    fail_value("Threshold.phi", "one value per node (" + format_number(network.n_nodes()) + ")",
               std::to_string(phi.per_node.size()) + " values");
  }
}

}  // namespace socialreach
