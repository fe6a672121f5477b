# The two commands a newcomer needs:
#   make run   sets everything up, builds the release widget and serves it on 127.0.0.1
#   make test  sets everything up and runs every test layer
SHELL := /bin/bash
PORT ?= 8080

.PHONY: run test setup build bench size clean offline

run: setup build
	node e2e/serve.mjs dist $(PORT)

test: setup
	scripts/test.sh

setup:
	@scripts/setup.sh

build: setup
	scripts/build.sh

# The whole widget as one HTML file that works from disk with no network.
offline: build
	@echo "The offline quiz (one file, open it by double-click): $(CURDIR)/dist/career-quiz.html"

size: build
	node scripts/size-report.mjs dist

# Sizes, load and answer timings and memory against a Yew counter built the
# same way (benches/baseline/), plus the engine benchmark. Not part of `make test`.
bench: setup
	scripts/bench.sh

clean:
	rm -rf dist target
