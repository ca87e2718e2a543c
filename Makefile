# A thin wrapper over CMake presets.  `make demo` and `make test` set up a
# fresh Debian 12 machine (missing packages only), build, and run.

.PHONY: all setup build release demo test asan fuzz memcheck docs clean

all: build

setup:
	@./scripts/setup-deps

build: setup
	cmake --preset debug >/dev/null
	cmake --build --preset debug

release: setup
	cmake --preset release >/dev/null
	cmake --build --preset release

# Lints the bundled examples; findings are the point, so exit 1 is expected.
demo: release
	./build/release/bin/clerk check --color=always examples/ ; test $$? -le 1

test: build
	ctest --preset debug

asan: setup
	cmake --preset asan >/dev/null
	cmake --build --preset asan
	ctest --preset asan

# libFuzzer targets (clang), each run FUZZ_SECONDS; the tools they need are
# installed here, not by setup.
FUZZ_SECONDS ?= 30
fuzz: setup
	@./scripts/setup-deps fuzz
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz
	./scripts/fuzz $(FUZZ_SECONDS)

# Unit tests, fuzz replays and a sample of clerk runs under valgrind.
memcheck: setup
	@./scripts/setup-deps memcheck
	./scripts/memcheck

# Regenerates the rule reference from the rules' own descriptors.
docs: build
	./build/debug/bin/clerk rules --format markdown > docs/rules.md

clean:
	rm -rf build
