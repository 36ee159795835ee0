# Installs the build into PREFIX, then runs PREFIX/bin/nianbao extract SAMPLE from another
# folder: it must succeed and write a record with values; and SCAN (a scanned PDF): the
# installed file alone reads it by OCR (the OCR module is inside the program). Run by ctest
# (cli_install).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  RESULT_VARIABLE install_result OUTPUT_QUIET)
if(NOT install_result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${install_result}")
endif()
if(NOT EXISTS ${PREFIX}/bin/nianbao)
  message(FATAL_ERROR "no ${PREFIX}/bin/nianbao after cmake --install")
endif()
execute_process(COMMAND ${PREFIX}/bin/nianbao extract ${SAMPLE}
  WORKING_DIRECTORY ${PREFIX}
  RESULT_VARIABLE run_result OUTPUT_VARIABLE record ERROR_VARIABLE log)
if(NOT run_result EQUAL 0 OR NOT record MATCHES "\"values\":{\"t[0-9]\\.")
  message(FATAL_ERROR "installed nianbao extract: exit ${run_result}\n${log}\n${record}")
endif()
execute_process(COMMAND ${PREFIX}/bin/nianbao extract ${SCAN}
  WORKING_DIRECTORY ${PREFIX}
  RESULT_VARIABLE run_result OUTPUT_VARIABLE record ERROR_VARIABLE log)
if(NOT run_result EQUAL 0 OR NOT record MATCHES "\"origin\":\"ocr\"")
  message(FATAL_ERROR "installed nianbao extract of a scan: exit ${run_result}\n${log}\n${record}")
endif()
