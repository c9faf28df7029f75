# ctest bench_statuslist_smoke: bench_statuslist with 5 kiosks in 2 workers and 3 reports, only to
# prove that it runs, that every card reached every kiosk, that the lists equal the server's (it
# exits non-zero otherwise) and that every figure is printed. No timing checks.
execute_process(COMMAND "${BENCH}" --kiosks 5 --reports 3 --workers 2 --gap-ms 100
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_statuslist failed (${rc}):\n${err}")
endif()
set(figures
    "statuslist_propagation kiosks=5 reports=3 n=15 p50_ms=[0-9.]+ p95_ms=[0-9.]+ p99_ms=[0-9.]+ max_ms=[0-9.]+"
    "statuslist_nudge n=[0-9]+ p50_ms=[0-9.]+ p95_ms=[0-9.]+ p99_ms=[0-9.]+ max_ms=[0-9.]+"
    "statuslist_counter_push n=3 p50_ms=[0-9.]+ p99_ms=[0-9.]+ max_ms=[0-9.]+"
    "statuslist_failures n=0 "
    "statuslist_clients workers=2 "
    "statuslist_lists server_version=3 server_listed=3 devices=6 differ=0"
    "lists_match: yes")
foreach(figure IN LISTS figures)
    if(NOT out MATCHES "(^|\n)${figure}")
        message(FATAL_ERROR "bench_statuslist printed no line matching '${figure}'")
    endif()
endforeach()
