# ctest bench_sync_smoke: bench_sync with small counts, only to prove that it runs, prints every
# figure and that the new device received every record. No timing checks.
execute_process(COMMAND "${BENCH}" --records 2000 --push-ops 1000
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_sync failed (${rc}):\n${err}")
endif()
if(NOT out MATCHES "(^|\n)push_ops ops=1000 waiting=1000 s=[0-9.]+ ops_per_s=[0-9]+")
    message(FATAL_ERROR "bench_sync printed no push_ops figure for 1000 ops")
endif()
if(NOT out MATCHES "(^|\n)initial_sync records=[0-9]+ s=[0-9.]+ records_per_s=[0-9]+")
    message(FATAL_ERROR "bench_sync printed no initial_sync figure")
endif()
