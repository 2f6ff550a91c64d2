# cmake -DPROGRAM=... -DSHELL_NAME=bash|zsh|fish -DOUTPUT=... -P WriteCompletion.cmake
# Writes PROGRAM's completion script for the shell to OUTPUT.
execute_process(
  COMMAND "${PROGRAM}" completions "${SHELL_NAME}"
  OUTPUT_FILE "${OUTPUT}.tmp"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "'${PROGRAM} completions ${SHELL_NAME}' failed: ${status}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
