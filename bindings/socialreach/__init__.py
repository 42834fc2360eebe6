"""socialreach: how far a message travels through social networks, and how much social proof
carries it, when a company sends it versus when its employees share it.

Example
-------
>>> import socialreach as sr
>>> net = sr.generators.erdos_renyi(20_000, mean_degree=4, seed=1)
>>> res = sr.simulate(net, sr.IndependentCascade(p=0.5), seeds=[0], replications=100, seed=7)
>>> list(res.summary().columns)
['mean', 'std', 'sem', 'ci_low', 'ci_high']
"""

from importlib.metadata import PackageNotFoundError, version

from . import analytic, generators
from .bass import Bass
from .campaign import (
    Campaign,
    CampaignComparison,
    CampaignResults,
    Funnel,
    LoyaltyTier,
    compare_campaigns,
    run_campaign,
)
from .compare import Comparison, Estimate, compare
from .distributions import Normal, Uniform
from .herding import Herding
from .independent_cascade import IndependentCascade
from .kinds import Kind
from .linear_threshold import LinearThreshold
from .network import Network
from .results import Results
from .seeding import RandomSeeds, random_seeds
from .simulate import simulate
from .threshold import Threshold

try:
    __version__ = version("socialreach")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Bass",
    "Campaign",
    "CampaignComparison",
    "CampaignResults",
    "Comparison",
    "Estimate",
    "Funnel",
    "Herding",
    "IndependentCascade",
    "Kind",
    "LinearThreshold",
    "LoyaltyTier",
    "Network",
    "Normal",
    "RandomSeeds",
    "Results",
    "Threshold",
    "Uniform",
    "analytic",
    "compare",
    "compare_campaigns",
    "generators",
    "random_seeds",
    "run_campaign",
    "simulate",
]
