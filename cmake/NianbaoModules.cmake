# Shared modules embedded in the nianbao program, opened on first use
# (core/include/nianbao/embedded_module.hpp).
#
#   nianbao_embedded_module(MODULE <target> SYMBOL <name> LOADER <target> LINKED <target>
#                           FOR <target>)
#
# MODULE: a shared module (add_library(<target> MODULE …)); built with only its entry exported
#   and every symbol resolved when it is linked.
# SYMBOL: the module's bytes are placed in the program between SYMBOL_begin and SYMBOL_end.
# LOADER: a static library whose code opens the module (OpenModuleTable); the bytes are added
#   to it.
# LINKED: a library giving the same functions with the dependency linked as usual.
# FOR: the library whose code calls those functions. A target linking it that has the
#   property NIANBAO_EMBEDS_MODULES (the nianbao program) gets LOADER, any other (tests,
#   benchmarks, fuzzers) LINKED. With the option NIANBAO_EMBEDDED_MODULES off, every target
#   gets LINKED and no module is built.
function(nianbao_embedded_module)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "MODULE;SYMBOL;LOADER;LINKED;FOR" "")
  if(NOT NIANBAO_EMBEDDED_MODULES)
    target_link_libraries(${arg_FOR} INTERFACE ${arg_LINKED})
    set_target_properties(${arg_MODULE} ${arg_LOADER} PROPERTIES EXCLUDE_FROM_ALL ON)
    return()
  endif()
  target_link_options(${arg_MODULE} PRIVATE -Wl,--exclude-libs,ALL -Wl,-z,defs)
  set_target_properties(${arg_MODULE} PROPERTIES PREFIX "" CXX_VISIBILITY_PRESET hidden)
  set(data ${CMAKE_CURRENT_BINARY_DIR}/generated/${arg_SYMBOL}_data.cpp)
  add_custom_command(OUTPUT ${data}
    COMMAND ${CMAKE_COMMAND} -DMODULE=$<TARGET_FILE:${arg_MODULE}> -DSYMBOL=${arg_SYMBOL}
      -DOUT=${data} -P ${PROJECT_SOURCE_DIR}/cmake/embed_module.cmake
    DEPENDS ${arg_MODULE} ${PROJECT_SOURCE_DIR}/cmake/embed_module.cmake
    COMMENT "Embedding the module ${arg_MODULE}"
    VERBATIM)
  target_sources(${arg_LOADER} PRIVATE ${data})
  target_link_libraries(${arg_LOADER} PRIVATE nianbao_core)
  target_link_libraries(${arg_FOR} INTERFACE
    $<IF:$<BOOL:$<TARGET_PROPERTY:NIANBAO_EMBEDS_MODULES>>,${arg_LOADER},${arg_LINKED}>)
endfunction()
