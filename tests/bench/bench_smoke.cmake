# ctest bench_smoke: makes a small demo store with fielddesk-cli and runs bench_store on it with
# small counts, only to prove that the program runs and prints every figure. No timing checks.
# Called with -DCLI=<fielddesk-cli> -DBENCH=<bench_store> -DWORK=<scratch folder>.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CLI}" --data "${WORK}/store" demo --customers 2000 --tickets 10000 --seed 5
                RESULT_VARIABLE rc OUTPUT_VARIABLE demo_out ERROR_VARIABLE demo_err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fielddesk-cli demo failed (${rc}):\n${demo_err}")
endif()
execute_process(COMMAND "${BENCH}" --data "${WORK}/store" --n 50 --queries 30 --lists 20
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_store failed (${rc}):\n${err}")
endif()
foreach(figure store_open search_name search_phone_tail search_plate search_ticket_no
               crew_first_page overdue_first_page create_ticket create_ticket_fsync idle_housekeeping store_size)
    if(NOT out MATCHES "(^|\n)${figure} [a-z0-9_]+=[0-9]")
        message(FATAL_ERROR "bench_store printed no ${figure} figure")
    endif()
endforeach()
foreach(figure search_name search_phone_tail search_plate search_ticket_no)
    # Queries come from the data, so every one of them must find something.
    if(NOT out MATCHES "(^|\n)${figure} [^\n]* n=30 [^\n]*no_hits=0")
        message(FATAL_ERROR "${figure}: not 30 queries, or some found nothing")
    endif()
endforeach()
if(NOT out MATCHES "create_ticket [^\n]* n=50")
    message(FATAL_ERROR "create_ticket did not create 50 tickets")
endif()
file(REMOVE_RECURSE "${WORK}")
