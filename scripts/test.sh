#!/usr/bin/env bash
# Installs dependencies, builds FieldDesk with AddressSanitizer + UndefinedBehaviorSanitizer and
# runs every test (unit, store, integration against a real server on loopback, CLI, QML, the
# app's self-test, benchmark smoke runs). Safe to run again; reuses the build tree.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

build=${FIELDDESK_TEST_BUILD:-build-test}
jobs=${FIELDDESK_JOBS:-$(nproc)}
# -O1 -g1 (line tables: sanitizer reports keep file and line) and the gold linker keep the build of
# some 700 targets on two cores short; the sanitizers need no more.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIELDDESK_SANITIZE=ON -DFIELDDESK_TESTS=ON -DFIELDDESK_BENCH=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=gold
cmake --build "$build" --parallel "$jobs"

# Leak checking is off: Qt's fontconfig and GL caches live until exit by design and would drown
# real reports. Every other ASan and UBSan finding fails the test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$jobs"
