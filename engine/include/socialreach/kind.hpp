// Sender kinds: who a node is, which decides how visible and how credible its shares are.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace socialreach {

enum class Kind : std::uint8_t { company = 0, employee = 1, public_ = 2 };

inline constexpr int kKindCount = 3;

// One value per kind, indexed by static_cast<int>(Kind).
using PerKind = std::array<double, kKindCount>;

inline constexpr std::array<std::string_view, kKindCount> kKindNames = {"company", "employee",
                                                                        "public"};

inline std::string_view kind_name(Kind kind) { return kKindNames[static_cast<int>(kind)]; }

// Parses "company", "employee" or "public"; throws std::invalid_argument naming `parameter`.
Kind parse_kind(std::string_view name, std::string_view parameter);

// Checks that a raw kind code is 0, 1 or 2; throws std::invalid_argument naming `parameter`.
void check_kind_code(std::int64_t code, std::string_view parameter);

}  // namespace socialreach
