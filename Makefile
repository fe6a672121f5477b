# The two commands a newcomer needs:
#   make run   sets everything up, builds the release widget and serves it on 127.0.0.1
#   make test  sets everything up and runs every test layer
SHELL := /bin/bash
PORT ?= 8080

.PHONY: run test setup build bench size clean

run: setup build
	node e2e/serve.mjs dist $(PORT)

test: setup
	scripts/test.sh

setup:
	@scripts/setup.sh

build: setup
	scripts/build.sh

size: build
	node scripts/size-report.mjs dist

clean:
	rm -rf dist target
