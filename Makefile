# Shortcuts; the README's commands are the plain swift ones these wrap.
.PHONY: build test test-postgres run demo ci format

build:
	swift build

test:
	swift test

# Starts a throwaway PostgreSQL on 127.0.0.1:54329 (see scripts/postgres-test-server.sh).
test-postgres:
	EQUITAS_TEST_DATABASE_URL=$$(scripts/postgres-test-server.sh start) swift test

run:
	swift run equitas serve --demo

demo:
	swift run equitas demo

ci:
	bash .ci/run

format:
	swift format --in-place --recursive Sources Tests Package.swift
