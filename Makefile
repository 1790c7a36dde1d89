# plansim: the two commands of the README's quick start, and what they need.
#   make demo   install what is missing, build, run the main job on the embedded plan
#   make test   install what is missing, build, run the whole test suite
#   make serve  build the live page's server (its own package, Server/) and start the page
SHELL := /bin/bash
DEBIAN_PACKAGES := libopenblas-dev liblapacke-dev

.PHONY: setup build demo serve test clean

## Installs the Debian packages plansim links against, if any is missing.
setup:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

## `plansim` alone, a debug build: no web server (that is `plansim-serve`, in its own package
## Server/, built by `make serve`). Debug, because a fresh clone's release build compiles for
## over four minutes of both cores (each module one whole-module optimisation job, in a chain),
## while the debug build compiles in parallel and is the one `make test` builds anyway. The
## engine's C kernels are optimised in every configuration (Package.swift), so the run takes
## seconds, and its results are the release build's, bit for bit. For long runs and sweeps
## build `swift build -c release --product plansim` (docs/performance.md).
build: setup
	swift build --product plansim

## The main job on the embedded default: the plan's own data and its baseline scenario,
## simulated to 2035 (briefing table on screen, results under notebooks-out/baseline/).
demo: build
	.build/debug/plansim run

## The live what-if page (docs/serve.md): the server `plansim-serve` is its own package (Server/,
## Hummingbird and SwiftNIO: a few minutes the first time), so the main package resolves no web
## server. Both programs are built side by side in Server/.build/release/, since `plansim serve`
## runs the server from beside itself; then the page starts.
SERVER := --package-path Server
serve: setup
	swift build -c release $(SERVER) --product plansim-serve
	swift build -c release $(SERVER) --product plansim
	Server/.build/release/plansim serve

## The whole test suite (CI runs exactly this): the main package's tests, then the server
## package's (built with `plansim` beside `plansim-serve` in Server/.build/debug/, which the
## browser tests run).
test: setup
	swift build --build-tests
	swift test --skip-build
	swift build $(SERVER) --build-tests
	swift build $(SERVER) --product plansim
	swift test $(SERVER) --skip-build
	$(MAKE) test-browser

## The live page (`plansim serve`) in a real browser: Playwright for Python driving Debian's
## Chromium (docs/serve.md). Says so and passes where Chromium or Playwright is missing.
.PHONY: test-browser
test-browser:
	python3 Tests/browser/serve_page.py

clean:
	rm -rf .build

## The Slurm recipe of docs/sweeps.md run for real on a single-node Slurm started for the
## test (installs slurm-wlm and munge as root; skips, saying why, where Slurm cannot
## start; stops what it started). About three minutes, most of it Slurm's requeue delay.
## Also validates the docs' Kubernetes indexed Job against the Job API schema.
.PHONY: test-slurm
test-slurm:
	swift build --product plansim
	Tests/cluster/slurm.sh
	Tests/cluster/kubernetes.sh

## Fuzzing (Fuzz/README.md): libFuzzer targets for the scenario parser+checker, the CSV
## reader and `plan import` of XLSX and CSV tables, built outside the main package. FUZZ_SECONDS per target (default 60; CI uses it).
FUZZ_SECONDS ?= 60
FUZZ_BUILD := .build/fuzz
FUZZ_TARGETS := FuzzScenario FuzzCSV FuzzXLSX FuzzPlanImport

.PHONY: fuzz fuzz-build fuzz-corpus

fuzz-build: setup
	cd Fuzz && swift build -c release --build-path ../$(FUZZ_BUILD) -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld

fuzz-corpus:
	@mkdir -p $(addprefix $(FUZZ_BUILD)/corpus/,$(FUZZ_TARGETS)) $(FUZZ_BUILD)/findings
	@cp scenarios/*.scn Tests/ScenarioDSLTests/Malformed/*.scn $(FUZZ_BUILD)/corpus/FuzzScenario/
	@cp Fuzz/Corpus/csv/*.csv $(FUZZ_BUILD)/corpus/FuzzCSV/
	@cp Fuzz/Corpus/xlsx/*.xlsx $(FUZZ_BUILD)/corpus/FuzzXLSX/
	@cp Fuzz/Corpus/table/*.csv Fuzz/Corpus/csv/*.csv $(FUZZ_BUILD)/corpus/FuzzPlanImport/

## Each target for FUZZ_SECONDS; a crash, a 2 s hang or 1 GB of memory fails (inputs kept
## under .build/fuzz/findings/).
fuzz: fuzz-build fuzz-corpus
	@set -e; for t in $(FUZZ_TARGETS); do \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/release/$$t $(FUZZ_BUILD)/corpus/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=2 -rss_limit_mb=1024 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/findings/$$t- ; \
	done

## Formatting (.swift-format: 4 spaces, 120 columns; CI runs this). `swift format` ships
## with the Swift 6 toolchain; `swift format --in-place --recursive Sources Tests Server/Sources Server/Tests` fixes.
.PHONY: lint
lint:
	swift format lint --strict --recursive Sources Tests Server/Sources Server/Tests
