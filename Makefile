# Huddle: the two commands a new user needs are `make demo` and `make test`.
# Everything builds out of tree in build/ (tests also in build-asan/); the demo database lives in out/demo/.

BUILD       ?= build
ASAN_BUILD  ?= build-asan
FUZZ_BUILD  ?= build-fuzz
FUZZ_DIR    ?= out/fuzz
FUZZ_SECONDS ?= 300
FUZZ_TEST_SECONDS ?= 60
JOBS        ?= $(shell nproc)
BUILD_TYPE  ?= RelWithDebInfo
DEMO_DIR    ?= out/demo
BENCH_DIR   ?= out/bench
XVFB        := xvfb-run -a -s "-screen 0 1600x900x24"
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DHUDDLE_WERROR=ON
endif

CLI := $(BUILD)/src/cli/huddle-cli
GUI := $(BUILD)/src/app/huddle

.PHONY: all deps build demo test test-main test-asan test-fuzz fuzz fuzz-build bench package clean

all: build

deps:
	@bash packaging/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# Fills a fresh demo database with the synthetic city and opens Huddle on it; without a display it prints
# this morning's briefing and writes its packet into $(DEMO_DIR)/packet/ instead.
demo: build
	$(CLI) --db $(DEMO_DIR)/huddle.db --config $(DEMO_DIR)/config demo
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(GUI) --db $(DEMO_DIR)/huddle.db --config $(DEMO_DIR)/config; \
	else \
	  echo "No display: this morning's briefing from $(DEMO_DIR)/huddle.db"; echo; \
	  $(CLI) --quiet --db $(DEMO_DIR)/huddle.db --config $(DEMO_DIR)/config today; echo; \
	  $(CLI) --quiet --db $(DEMO_DIR)/huddle.db --config $(DEMO_DIR)/config rank; echo; \
	  echo "This morning's packet (PDF, xlsx, HTML, Markdown, text):"; \
	  $(CLI) --quiet --db $(DEMO_DIR)/huddle.db --config $(DEMO_DIR)/config brief --out $(DEMO_DIR)/packet; \
	fi

# Every test: the main build (GUI tests under Xvfb), then core and CLI tests again under ASan + UBSan, then the fuzz
# targets over their kept findings and for $(FUZZ_TEST_SECONDS) s each.
test: test-main test-asan test-fuzz

test-main: build
	cd $(BUILD) && $(XVFB) ctest --output-on-failure --no-tests=error -j 2

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DHUDDLE_SANITIZE=ON -DHUDDLE_BUILD_GUI=OFF $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure --no-tests=error -j 2

# The fuzz targets (fuzz/, libFuzzer) built with clang under ASan + UBSan. Warnings stay warnings here: the g++ builds
# hold the warning line, and clang's own extra warnings must not stop a fuzz run.
fuzz-build: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 \
	  -DHUDDLE_FUZZ=ON -DHUDDLE_SANITIZE=ON -DHUDDLE_BUILD_GUI=OFF -DHUDDLE_BUILD_TESTS=OFF $(CMAKE_FLAGS) -DHUDDLE_WERROR=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers

# Each fuzz target over its kept findings (fuzz/regressions/), then for $(FUZZ_TEST_SECONDS) s on the seed corpus.
test-fuzz: fuzz-build
	cd $(FUZZ_BUILD) && ctest --output-on-failure --no-tests=error
	fuzz/run_fuzzers.sh $(FUZZ_BUILD) $(FUZZ_TEST_SECONDS) $(FUZZ_DIR)

# Each fuzz target for $(FUZZ_SECONDS) s; the corpus grows in $(FUZZ_DIR)/corpus/ from one run to the next.
fuzz: fuzz-build
	fuzz/run_fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_DIR)

# The foundation figures, the import benchmark on a generated 1M-row Boston 311 file (made once, kept in
# $(BENCH_DIR); delete it to make a new one), then the ranking and backtest figures (bench_rank builds its own
# databases in a temporary folder), then the packet's PDF and workbook. bench/README.md explains the figures.
BENCH_CSV := $(BENCH_DIR)/boston311-1m.csv

bench: build $(BENCH_CSV)
	$(BUILD)/bench/bench_foundation
	$(BUILD)/bench/bench_import $(BENCH_CSV)
	$(BUILD)/bench/bench_rank
	$(BUILD)/bench/bench_packet
	$(BUILD)/bench/bench_packet_xlsx

$(BENCH_CSV): | build
	mkdir -p $(BENCH_DIR)
	$(BUILD)/bench/gen_boston311 $@ --rows 1000000

# The Debian package $(BUILD)/huddle_<version>_<arch>.deb (README "Install"); its Depends come from dpkg-shlibdeps.
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) out
