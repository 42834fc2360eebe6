"""`make demo`: a company-account post versus employee shares on a generated organisation.

Run with ``python -m socialreach.demo``.
"""

from __future__ import annotations

import numpy as np

import socialreach as sr


def main() -> None:
    n, employees = 20_000, 200
    base = sr.generators.barabasi_albert(n, 3, seed=11)
    # Node 0 (the best-connected node of the preferential-attachment graph) is the company page;
    # the next 200 are employees; everybody else is the public.
    kinds = np.full(n, "public", dtype=object)
    kinds[0] = "company"
    kinds[1 : employees + 1] = "employee"
    net = base.with_kinds(kinds)
    model = sr.IndependentCascade(
        p=0.02,
        credibility={"employee": 2.0},
        visibility={"company": 0.05, "employee": 0.4, "public": 0.4},
    )
    ambassadors = np.arange(1, 21)
    campaigns = {
        "company post": [0],
        "20 employees share": ambassadors,
        "both": np.r_[0, ambassadors],
    }
    comparison = sr.compare(net, model, campaigns, replications=5_000, seed=2026, progress=True)
    print(f"\n{net}\n{model}\n")
    table = comparison.to_pandas()[
        ["reach", "reach_ci_low", "reach_ci_high", "adopters", "impressions"]
    ]
    print(table.round(1).to_string())
    ratio = comparison.ratio("20 employees share", "company post", metric="reach")
    print(
        f"\nEmployee shares reach {ratio.estimate:.2f}x the company post "
        f"(paired 95% CI {ratio.ci_low:.2f} to {ratio.ci_high:.2f}, same possible worlds)."
    )


if __name__ == "__main__":
    main()
