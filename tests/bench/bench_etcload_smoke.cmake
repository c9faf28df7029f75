# ctest bench_etcload_smoke: bench_etcload with a few loads, only to prove that it runs, that the
# books balance afterwards (it exits non-zero otherwise) and that every figure is printed. No timing checks.
execute_process(COMMAND "${BENCH}" --loads 20
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_etcload failed (${rc}):\n${err}")
endif()
foreach(name etc_authorise etc_confirm etc_load)
    if(NOT out MATCHES "(^|\n)${name} n=20 p50_ms=[0-9.]+ p99_ms=[0-9.]+ max_ms=[0-9.]+")
        message(FATAL_ERROR "bench_etcload printed no ${name} figure for 20 loads")
    endif()
endforeach()
