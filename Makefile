# A thin wrapper over CMake presets.  `make demo` and `make test` set up a
# fresh Debian 12 machine (missing packages only), build, and run.

.PHONY: all setup build release demo test asan docs clean

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

# Regenerates the rule reference from the rules' own descriptors.
docs: build
	./build/debug/bin/clerk rules --format markdown > docs/rules.md

clean:
	rm -rf build
