import pytest

import socialreach as sr


@pytest.fixture(scope="module")
def comparison():
    n = 5000
    net = sr.generators.barabasi_albert(n, 3, seed=4).with_kinds(
        ["company"] + ["employee"] * 50 + ["public"] * (n - 51)
    )
    model = sr.IndependentCascade(0.08, credibility={"employee": 2})
    campaigns = {"company": [0], "employees": list(range(1, 51)), "both": list(range(51))}
    return sr.compare(net, model, campaigns, replications=2000, seed=9)


def test_common_random_numbers_make_paired_intervals_narrower(comparison):
    paired = comparison.ratio("both", "employees", metric="reach")
    unpaired = comparison.ratio("both", "employees", metric="reach", paired=False)
    assert paired.estimate == unpaired.estimate
    assert (paired.ci_high - paired.ci_low) < 0.5 * (unpaired.ci_high - unpaired.ci_low)
    d_paired = comparison.difference("both", "employees", metric="adopters")
    d_unpaired = comparison.difference("both", "employees", metric="adopters", paired=False)
    assert (d_paired.ci_high - d_paired.ci_low) < (d_unpaired.ci_high - d_unpaired.ci_low)


def test_estimates_equal_ratio_and_difference_of_means(comparison):
    a, b = comparison["employees"].reach, comparison["company"].reach
    r = comparison.ratio("employees", "company")
    assert r.estimate == pytest.approx(a.mean() / b.mean())
    assert r.ci_low < r.estimate < r.ci_high and r.level == 0.95
    d = comparison.difference("employees", "company")
    assert d.estimate == pytest.approx((a - b).mean())


def test_same_seed_gives_the_same_worlds(comparison):
    # Adding the company to the employees never lowers adopters in any replication: same coins.
    assert (comparison["both"].adopters >= comparison["employees"].adopters).all()


def test_to_pandas_has_a_row_per_campaign(comparison):
    table = comparison.to_pandas()
    assert list(table.index) == ["company", "employees", "both"]
    assert {"reach", "reach_ci_low", "reach_ci_high", "adopters"} <= set(table.columns)


def test_compare_errors(comparison):
    with pytest.raises(
        ValueError, match="campaign must be one of 'company', 'employees', 'both', got 'ceo'"
    ):
        comparison.ratio("ceo", "company")
    with pytest.raises(ValueError, match="metric must be one of"):
        comparison.ratio("both", "company", metric="likes")
    net = sr.generators.empty(3)
    with pytest.raises(ValueError, match="campaigns must be a non-empty dict"):
        sr.compare(net, sr.IndependentCascade(), {})
    zero = sr.compare(net, sr.IndependentCascade(), {"a": [0], "b": [1]}, replications=5)
    with pytest.raises(ValueError, match="the mean reach of campaign 'b' is 0"):
        zero.ratio("a", "b")
