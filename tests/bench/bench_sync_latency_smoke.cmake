# ctest bench_sync_latency_smoke: bench_sync_latency with a few edits, only to prove that it runs,
# that every edit reached device B and that the figure is printed. No timing checks.
execute_process(COMMAND "${BENCH}" --edits 20
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_sync_latency failed (${rc}):\n${err}")
endif()
if(NOT out MATCHES "(^|\n)a_to_b_latency n=20 p50_ms=[0-9.]+ p99_ms=[0-9.]+ max_ms=[0-9.]+")
    message(FATAL_ERROR "bench_sync_latency printed no a_to_b_latency figure for 20 edits")
endif()
