# Runs COMMAND (a ;-list) and checks its exit code and output.
#   -DCOMMAND=... -DEXPECT_EXIT=N -DEXPECT_OUTPUT=regex [-DEXPECT_NOT=regex]
execute_process(COMMAND ${COMMAND}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT exit_code STREQUAL EXPECT_EXIT)
    message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECT_EXIT}\n${all}")
endif()
if(DEFINED EXPECT_OUTPUT AND NOT all MATCHES "${EXPECT_OUTPUT}")
    message(FATAL_ERROR "output does not match '${EXPECT_OUTPUT}':\n${all}")
endif()
if(DEFINED EXPECT_NOT AND all MATCHES "${EXPECT_NOT}")
    message(FATAL_ERROR "output unexpectedly matches '${EXPECT_NOT}':\n${all}")
endif()
message(STATUS "ok: ${all}")
