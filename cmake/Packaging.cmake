# What `cmake --install` puts beside the binary, in the places man, bash-
# completion, zsh and fish look, and the Debian package `cpack -G DEB`
# builds from it. The completion scripts come from the built binary, so they
# always match its options; the man page is docs/mllmseg.1, which a test
# keeps equal to `mllmseg manpage`.
include(GNUInstallDirs)

set(MLLMSEG_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where zsh completions are installed, relative to the prefix")

set(completions_dir "${PROJECT_BINARY_DIR}/completions")
set(completion_files "")
foreach(shell_and_file IN ITEMS "bash;mllmseg" "zsh;_mllmseg" "fish;mllmseg.fish")
  list(GET shell_and_file 0 shell)
  list(GET shell_and_file 1 file)
  add_custom_command(
    OUTPUT "${completions_dir}/${file}"
    COMMAND "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:mllmseg> -DSHELL_NAME=${shell}
            -DOUTPUT=${completions_dir}/${file} -P "${PROJECT_SOURCE_DIR}/cmake/WriteCompletion.cmake"
    DEPENDS mllmseg "${PROJECT_SOURCE_DIR}/cmake/WriteCompletion.cmake"
    COMMENT "Generating the ${shell} completion script"
    VERBATIM)
  list(APPEND completion_files "${completions_dir}/${file}")
endforeach()
add_custom_target(mllmseg_completions ALL DEPENDS ${completion_files})

install(FILES "${PROJECT_SOURCE_DIR}/docs/mllmseg.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${completions_dir}/mllmseg" DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${completions_dir}/_mllmseg" DESTINATION "${MLLMSEG_ZSH_COMPLETION_DIR}")
install(FILES "${completions_dir}/mllmseg.fish" DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")

set(CPACK_PACKAGE_NAME mllmseg)
set(CPACK_PACKAGE_VENDOR mllmseg)
set(CPACK_PACKAGE_CONTACT "mllmseg maintainers <maintainers@mllmseg.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "query the Awesome-MLLM-Segmentation bibliography")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "A command-line tool to list, search, show, count and export the papers of the curated "
  "Awesome-MLLM-Segmentation list on segmentation with multimodal large language models.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Runtime libraries (libfmt9, libre2-9, ...) from dpkg-shlibdeps, which is in
# dpkg-dev; CPack also needs `file` to find the binaries to look at.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# update and enrich load libcurl when they run (net/http.cc), and --jq loads
# libjq (format/jq.cc), so no ELF dependency names them: every other command
# works without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libcurl4, libjq1")
# simdjson is loaded when a JSON catalog is read (catalog/simdjson_library.cc),
# which every --catalog and user catalog is: a dependency no ELF entry names.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${MLLMSEG_SIMDJSON_PACKAGE}")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "less, xdg-utils")
include(CPack)
