"""Credibility multiplies the odds of adoption per exposure; visibility thins exposures.

Set-up: a company account and an employee, each with its own audience of 1,000 people (a star),
so every replication gives exactly 1,000 exposures per sender and adoptions = adopters - 1.
"""

import math

import numpy as np
import pytest

import socialreach as sr

AUDIENCE = 1_000
REPLICATIONS = 1_000


def star(kind: str) -> sr.Network:
    return sr.Network.from_edges(
        np.zeros(AUDIENCE, dtype=np.int64),
        np.arange(1, AUDIENCE + 1),
        kinds=[kind] + ["public"] * AUDIENCE,
    )


def adoptions_and_exposures(kind: str, model: sr.IndependentCascade, seed: int) -> tuple[int, int]:
    res = sr.simulate(star(kind), model, [0], replications=REPLICATIONS, seed=seed)
    return int((res.adopters - 1).sum()), int(res.impressions.sum())


def test_employee_shares_have_eight_times_the_adoption_odds():
    model = sr.IndependentCascade(p=0.02, credibility={"employee": 8})
    a_emp, n_emp = adoptions_and_exposures("employee", model, seed=1)
    a_com, n_com = adoptions_and_exposures("company", model, seed=2)
    assert n_emp == n_com == AUDIENCE * REPLICATIONS
    log_odds_ratio = math.log(a_emp / (n_emp - a_emp)) - math.log(a_com / (n_com - a_com))
    # Woolf's standard error of a log odds ratio.
    se = math.sqrt(1 / a_emp + 1 / (n_emp - a_emp) + 1 / a_com + 1 / (n_com - a_com))
    assert abs(log_odds_ratio - math.log(8)) < 4 * se, (math.exp(log_odds_ratio), se)
    # Multiplying p itself (0.16 instead of 0.1404) would give an odds ratio of 9.33: outside.
    assert abs(math.log(9.333) - math.log(8)) > 4 * se


def test_visibility_scales_exposures_and_adoptions():
    model = sr.IndependentCascade(p=0.1, visibility={"company": 0.05})
    res = sr.simulate(star("company"), model, [0], replications=REPLICATIONS, seed=3)
    # Each audience member sees the share with probability 0.05: impressions ~ Binomial(1000, 0.05).
    expected, sd = AUDIENCE * 0.05, math.sqrt(AUDIENCE * 0.05 * 0.95)
    assert res.impressions.mean() == pytest.approx(expected, abs=4 * sd / math.sqrt(REPLICATIONS))
    assert np.array_equal(res.reach, res.impressions)  # one share, distinct audience members
    adoption = AUDIENCE * 0.05 * 0.1
    sd_adoption = math.sqrt(AUDIENCE * 0.005 * 0.995)
    assert (res.adopters - 1).mean() == pytest.approx(
        adoption, abs=4 * sd_adoption / math.sqrt(REPLICATIONS)
    )


def test_default_credibility_is_one_for_every_kind():
    model = sr.IndependentCascade()
    assert model.credibility == {"company": 1.0, "employee": 1.0, "public": 1.0}
    assert model.visibility == {"company": 1.0, "employee": 1.0, "public": 1.0}
    assert model.adoption_probability("employee") == 0.1
