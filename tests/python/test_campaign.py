"""sr.Campaign and the funnel: exact semantics on small hand-built networks, statistics of
participation and tiers, funnel consistency as properties over random settings, and errors."""

from __future__ import annotations

import math

import numpy as np
import pytest

import socialreach as sr

ONE_HOUR = sr.Funnel(engagement=0.0, conversion=0.0, attention_delay=1, horizon_hours=48)


def star_company() -> sr.Network:
    """Company 0 -> followers 1..4 and employees 5, 6 (departments 0, 1) -> followers 7, 8."""
    return sr.Network.from_edges(
        [0, 0, 0, 0, 0, 0, 5, 6],
        [1, 2, 3, 4, 5, 6, 7, 8],
        kinds=[
            "company",
            "public",
            "public",
            "public",
            "public",
            "employee",
            "employee",
            "public",
            "public",
        ],
        groups=[0, 0, 0, 0, 0, 0, 1, 0, 0],
    )


def certain(p=0.0):
    return sr.IndependentCascade(p)


def test_company_post_reaches_followers_one_hour_later():
    res = sr.run_campaign(
        star_company(),
        certain(),
        sr.Campaign(company=True, posts=[3]),
        funnel=ONE_HOUR,
        replications=2,
    )
    assert res.reach.tolist() == [6, 6]
    assert res.reach_at(3).tolist() == [0, 0] and res.reach_at(4).tolist() == [6, 6]
    assert res.by_origin["reach"]["company"].tolist() == [6, 6]
    assert res.potential_reach.tolist() == [6, 6] and res.sharers.tolist() == [1, 1]


def test_ambassadors_all_list_and_department():
    net = star_company()
    both = sr.run_campaign(
        net,
        certain(),
        sr.Campaign(company=True, ambassadors="all"),
        funnel=ONE_HOUR,
        replications=1,
    )
    assert both.sharers[0] == 3
    assert both.reach[0] == 6  # the two ambassadors post, so they are not reach
    assert both.impressions[0] == 8
    assert both.by_department["reach"][0].tolist() == [1, 1]
    listed = sr.run_campaign(
        net, certain(), sr.Campaign(ambassadors=[6]), funnel=ONE_HOUR, replications=1
    )
    assert listed.reach[0] == 1 and listed.by_department["reach"][0].tolist() == [0, 1]
    department = sr.run_campaign(
        net, certain(), sr.Campaign(ambassadors={"department": 0}), funnel=ONE_HOUR, replications=1
    )
    assert department.sharers[0] == 1 and department.by_department["reach"][0].tolist() == [1, 0]
    assert department.department_summary("reach").tolist() == [1.0, 0.0]


def test_reshare_chain_engagement_and_conversion():
    path = sr.Network.from_edges(
        [0, 1, 2], [1, 2, 3], kinds=["company", "public", "public", "public"]
    )
    funnel = sr.Funnel(engagement=0.0, conversion=1.0, attention_delay=1, horizon_hours=10)
    res = sr.run_campaign(
        path, certain(1.0), sr.Campaign(company=True), funnel=funnel, replications=1
    )
    assert (res.reach[0], res.reshares[0], res.engagements[0], res.conversions[0]) == (3, 3, 3, 3)
    assert res.reach_by_step[0, :5].tolist() == [0, 1, 2, 3, 3]
    assert res.by_origin["reshares"]["company"][0] == 3


def test_several_posts_and_repeat():
    net = star_company()
    once = sr.Campaign(ambassadors="all", posts=[0, 24, 48], repeat=0.0)
    every = sr.Campaign(ambassadors="all", posts=[0, 24, 48], repeat=1.0)
    funnel = sr.Funnel(engagement=0, conversion=0, attention_delay=1, horizon_hours=72)
    assert sr.run_campaign(net, certain(), once, funnel=funnel, replications=1).impressions[0] == 2
    res = sr.run_campaign(net, certain(), every, funnel=funnel, replications=1)
    assert res.impressions[0] == 6 and res.reach[0] == 2 and res.steps[0] == 48


def employees_with_one_follower(count: int) -> sr.Network:
    return sr.Network.from_edges(
        list(range(count)),
        list(range(count, 2 * count)),
        kinds=["employee"] * count + ["public"] * count,
    )


def test_participation_drawn_per_replication():
    net = employees_with_one_follower(20)
    n = 4000
    res = sr.run_campaign(
        net,
        certain(),
        sr.Campaign(ambassadors="all", participation=0.25),
        funnel=ONE_HOUR,
        replications=n,
        seed=1,
    )
    # Binomial(20, 0.25) sharers per replication: mean 5, variance 3.75; they differ between replications.
    assert abs(res.sharers.mean() - 5) < 4 * math.sqrt(3.75 / n)
    assert res.sharers.std() > 1
    assert sr.run_campaign(
        net,
        certain(),
        sr.Campaign(ambassadors="all", participation=0.0),
        funnel=ONE_HOUR,
        replications=3,
    ).sharers.tolist() == [0, 0, 0]


def test_loyalty_tiers_raise_participation_and_repeat_posting():
    net = employees_with_one_follower(20)
    gold = sr.LoyaltyTier("gold", share=0.5, participation=1.0, repeat=1.0)
    base = sr.Campaign(ambassadors="all", participation=0.2, repeat=0.0, posts=[0, 10])
    tiered = sr.Campaign(
        ambassadors="all", participation=0.2, repeat=0.0, posts=[0, 10], loyalty_tiers=[gold]
    )
    funnel = sr.Funnel(engagement=0, conversion=0, attention_delay=1, horizon_hours=20)
    n = 4000
    without = sr.run_campaign(net, certain(), base, funnel=funnel, replications=n, seed=2)
    with_tiers = sr.run_campaign(net, certain(), tiered, funnel=funnel, replications=n, seed=2)
    # Sharers: 20 * (0.5 * 1 + 0.5 * 0.2) = 12 expected with the programme, 4 without.
    p = 0.6
    assert abs(with_tiers.sharers.mean() - 12) < 4 * math.sqrt(20 * p * (1 - p) / n)
    assert abs(without.sharers.mean() - 4) < 4 * math.sqrt(20 * 0.16 / n)
    # Impressions: every sharer's first share, plus a second from each gold member.
    second = with_tiers.impressions - with_tiers.sharers
    assert abs(second.mean() - 10) < 4 * math.sqrt(20 * 0.25 / n)
    assert (without.impressions == without.sharers).all()


def test_attention_delay_spreads_reach_over_the_week():
    net = sr.Network.from_edges([0] * 50, list(range(1, 51)), kinds=["company"] + ["public"] * 50)
    funnel = sr.Funnel(engagement=0, conversion=0, attention_delay=24, horizon_hours=168)
    res = sr.run_campaign(
        net, certain(), sr.Campaign(company=True), funnel=funnel, replications=400, seed=3
    )
    # Geometric delay with mean 24 hours: P(seen within a day) = 1 - (1 - 1/24)^24.
    p_day = 1 - (1 - 1 / 24) ** 24
    day = res.metric("reach_1d") / 50
    assert abs(day.mean() - p_day) < 4 * math.sqrt(p_day * (1 - p_day) / (400 * 50))
    assert (res.metric("reach_1d") <= res.metric("reach_7d")).all()


@pytest.mark.parametrize("trial", range(12))
def test_funnel_consistency_properties(trial):
    rng = np.random.default_rng(trial)
    net = sr.generators.organization(
        int(rng.integers(20, 200)),
        departments=int(rng.integers(1, 6)),
        followers_per_employee=float(rng.uniform(5, 60)),
        audience_overlap=float(rng.uniform(0, 0.5)),
        public_degree=float(rng.uniform(0, 6)),
        seed=trial,
    )
    model = sr.IndependentCascade(
        float(rng.uniform(0, 0.3)),
        credibility={"employee": float(rng.uniform(0.5, 8))},
        visibility={k: float(rng.uniform(0.05, 1)) for k in ("company", "employee", "public")},
    )
    campaign = sr.Campaign(
        company=bool(rng.integers(0, 2)),
        ambassadors="all",
        participation=float(rng.uniform(0, 1)),
        repeat=float(rng.uniform(0, 1)),
        posts=sorted(rng.integers(0, 60, size=int(rng.integers(1, 4))).tolist()),
    )
    funnel = sr.Funnel(
        engagement=float(rng.uniform(0, 1)),
        conversion=float(rng.uniform(0, 1)),
        attention_delay=float(rng.uniform(1, 12)),
        horizon_hours=72,
    )
    res = sr.run_campaign(net, model, campaign, funnel=funnel, replications=30, seed=trial)
    assert (res.conversions <= res.engagements).all()
    assert (res.reshares <= res.engagements).all()
    assert (res.engagements <= res.reach).all()
    assert (res.reach <= net.n_nodes).all()
    assert (res.reach <= res.impressions).all()
    assert (res.reach <= res.potential_reach).all()  # unique reach <= potential reach
    assert (res.impressions <= res.potential_reach).all()
    for metric in ("reach", "engagements", "conversions", "reshares"):
        split = res.by_origin[metric]
        assert (split["company"] + split["employee"] == getattr(res, metric)).all()
        assert (res.by_department[metric].sum(axis=1) == split["employee"]).all()
    assert (np.diff(res.reach_by_step, axis=1) >= 0).all()
    assert (res.reach_by_step[:, -1] == res.reach).all()


def test_bit_identical_for_any_thread_count_and_common_random_numbers():
    net = sr.generators.organization(300, departments=3, followers_per_employee=40, seed=1)
    model = sr.IndependentCascade(0.05, visibility={"company": 0.1, "employee": 0.4, "public": 0.4})
    campaign = sr.Campaign(company=True, ambassadors="all", participation=0.3, posts=[0, 30])
    one = sr.run_campaign(net, model, campaign, replications=50, seed=9, threads=1)
    two = sr.run_campaign(net, model, campaign, replications=50, seed=9, threads=2)
    for metric in one.metric_names():
        assert np.array_equal(one.metric(metric), two.metric(metric)), metric
    assert np.array_equal(one.reach_by_step, two.reach_by_step)
    head = sr.run_campaign(
        net, model, campaign, replications=20, seed=9, threads=2, first_replication=30
    )
    assert np.array_equal(head.reach, one.reach[30:])


def test_compare_campaigns_gives_paired_ratios():
    net = sr.generators.organization(300, departments=3, followers_per_employee=40, seed=1)
    model = sr.IndependentCascade(
        0.05, visibility={"company": 0.05, "employee": 0.4, "public": 0.4}
    )
    cmp = sr.compare_campaigns(
        net,
        model,
        {
            "company": sr.Campaign(company=True),
            "employees": sr.Campaign(ambassadors="all", participation=0.3),
        },
        models={
            "employees": sr.IndependentCascade(
                0.05, credibility={"employee": 2}, visibility=model.visibility
            )
        },
        replications=200,
        seed=4,
    )
    ratio = cmp.ratio("employees", "company", metric="reach")
    assert ratio.ci_low < ratio.estimate < ratio.ci_high and ratio.estimate > 1
    table = cmp.table()
    assert list(table.index) == ["company", "employees"] and "reach_7d" in table.columns


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: sr.Campaign(participation=1.5),
            ValueError,
            r"Campaign\.participation must be in \[0, 1\], got 1\.5",
        ),
        (
            lambda: sr.Campaign(ambassadors="some"),
            ValueError,
            r"Campaign\.ambassadors must be None, 'all'",
        ),
        (
            lambda: sr.Campaign(ambassadors={"team": 1}),
            ValueError,
            r"one key 'department' or 'departments'",
        ),
        (
            lambda: sr.LoyaltyTier("gold", 0.5, 2.0, 1.0),
            ValueError,
            r"LoyaltyTier\('gold'\)\.participation must be in \[0, 1\], got 2\.0",
        ),
        (
            lambda: sr.Funnel(attention_delay=0.5),
            ValueError,
            r"Funnel\.attention_delay must be in \[1, 1000000\] hours, got 0\.5",
        ),
        (
            lambda: sr.Funnel(engagement=-0.1),
            ValueError,
            r"Funnel\.engagement must be in \[0, 1\], got -0\.1",
        ),
    ],
)
def test_parameter_errors(build, error, message):
    with pytest.raises(error, match=message):
        build()


def test_errors_against_the_network():
    net = star_company()
    with pytest.raises(
        ValueError,
        match=r"Campaign\.ambassadors must be ids of employees, got node 1 of kind 'public'",
    ):
        sr.run_campaign(net, certain(), sr.Campaign(ambassadors=[1]), funnel=ONE_HOUR)
    with pytest.raises(
        IndexError, match=r"Campaign\.ambassadors must be node ids in \[0, 8\], got 40"
    ):
        sr.run_campaign(net, certain(), sr.Campaign(ambassadors=[40]), funnel=ONE_HOUR)
    with pytest.raises(
        ValueError, match=r"Campaign\.departments must be departments that have employees, got 7"
    ):
        sr.run_campaign(net, certain(), sr.Campaign(ambassadors={"department": 7}), funnel=ONE_HOUR)
    with pytest.raises(
        ValueError, match=r"Campaign\.posts must be hours within the horizon \[0, 48\], got 50"
    ):
        sr.run_campaign(net, certain(), sr.Campaign(company=True, posts=[50]), funnel=ONE_HOUR)
    with pytest.raises(
        ValueError,
        match=r"Campaign\.company must be False on a network without a node of kind 'company'",
    ):
        sr.run_campaign(
            employees_with_one_follower(2), certain(), sr.Campaign(company=True), funnel=ONE_HOUR
        )
    with pytest.raises(
        ValueError, match=r"Campaign must be posted by the company account, ambassadors or both"
    ):
        sr.run_campaign(net, certain(), sr.Campaign(), funnel=ONE_HOUR)
