# The human entry points. `make demo` and `make test` set everything up first (apt -dev packages,
# the .venv virtual environment, the build), so they work on a fresh Debian 12 machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CMAKE := $(VENV)/bin/cmake
JOBS ?= 2
APT_PACKAGES := g++ make python3-dev python3-venv libeigen3-dev libboost-dev libboost-graph-dev \
	libgtest-dev libbenchmark-dev chromium chromium-driver
# The real networks (SNAP) live outside the repository; point SOCIALREACH_DATA elsewhere to move them.
export SOCIALREACH_DATA ?= $(abspath ../shared/data)

.PHONY: demo test setup apt install test-cpp test-python bench bench-peers sanitize format lint stubs clean

# The recruitment scenario: company page vs employee shares vs both, with an HTML report.
DEMO_SCENARIO ?= scenarios/recruitment_campaign.toml
demo: install
	$(VENV)/bin/socialreach compare $(DEMO_SCENARIO) --out out/demo

test: install test-cpp test-python

setup: apt $(VENV)/.installed

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing apt packages:" $$missing; \
	  sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

# The virtual environment with the build tools and every Python dependency (runtime and dev).
$(VENV)/.installed: pyproject.toml | apt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "scikit-build-core>=0.10" "pybind11>=3" cmake ninja
	$(PY) -m pip install -q --no-build-isolation ".[dev]"
	touch $@

# Rebuilds the module incrementally (scikit-build-core keeps build/python) and installs it.
install: setup
	$(PY) -m pip install -q --no-build-isolation --no-deps .

build/cpp/build.ninja: CMakeLists.txt | setup
	$(CMAKE) -S . -B build/cpp -G Ninja -DSOCIALREACH_BUILD_PYTHON=OFF -DSOCIALREACH_BUILD_TESTS=ON \
	  -DSOCIALREACH_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=Release

test-cpp: build/cpp/build.ninja
	$(CMAKE) --build build/cpp -j $(JOBS)
	$(VENV)/bin/ctest --test-dir build/cpp --output-on-failure -j $(JOBS)

test-python: install
	$(PY) -m pytest -q $(PYTEST_ARGS)

bench: build/cpp/build.ninja
	$(CMAKE) --build build/cpp -j $(JOBS) --target socialreach_bench
	mkdir -p bench/results
	build/cpp/socialreach_bench --benchmark_out=bench/results/engine.json --benchmark_out_format=json

# socialreach against cynetdiff, ndlib and EoN on the same workloads (bench/results/peers.md).
bench-peers: install $(VENV)/.bench-installed
	$(PY) bench/compare_peers.py $(PEERS_ARGS)

# The peer libraries (the bench extra), installed once per change of pyproject.toml.
# EoN ships only an sdist whose set-up needs `wheel` (not in a fresh venv without build isolation).
$(VENV)/.bench-installed: pyproject.toml | $(VENV)/.installed
	$(PY) -m pip install -q wheel
	$(PY) -m pip install -q --no-build-isolation ".[bench]"
	touch $@

# The C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: setup
	$(CMAKE) -S . -B build/sanitize -G Ninja -DSOCIALREACH_BUILD_PYTHON=OFF -DSOCIALREACH_BUILD_TESTS=ON \
	  -DSOCIALREACH_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(CMAKE) --build build/sanitize -j $(JOBS)
	$(VENV)/bin/ctest --test-dir build/sanitize --output-on-failure -j $(JOBS)

format: setup
	$(VENV)/bin/clang-format -i $$(git ls-files '*.cpp' '*.hpp')
	$(VENV)/bin/ruff format bindings tests bench

# Type stubs of the private module socialreach._engine (tests/python/test_stubs.py keeps them current).
stubs: install
	rm -rf build/stubs bindings/socialreach/_engine
	$(VENV)/bin/pybind11-stubgen socialreach._engine -o build/stubs
	cp -r build/stubs/socialreach/_engine bindings/socialreach/_engine

lint: setup
	$(VENV)/bin/clang-format --dry-run -Werror $$(git ls-files '*.cpp' '*.hpp')
	$(VENV)/bin/ruff check bindings tests bench

clean:
	rm -rf build
