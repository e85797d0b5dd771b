# The settings every layer shares, carried by one INTERFACE target (see qBittorrent's CommonConfig).
add_library(thidua_settings INTERFACE)
target_compile_features(thidua_settings INTERFACE cxx_std_20)
set_target_properties(thidua_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)

target_compile_options(thidua_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
if(THIDUA_WERROR)
    target_compile_options(thidua_settings INTERFACE -Werror)
endif()

# Qt strictness: no implicit conversions between QString and 8-bit strings (their encoding would be
# a guess, and Vietnamese text breaks on a wrong one), no deprecated API.
target_compile_definitions(thidua_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(THIDUA_SANITIZE)
    target_compile_options(thidua_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(thidua_settings INTERFACE -fsanitize=address,undefined)
endif()

# THIDUA_FUZZ (tests/fuzz): every library is instrumented for libFuzzer's coverage and built with
# AddressSanitizer and UBSan, so a fault inside the readers is found where it happens; the fuzz
# executables add `-fsanitize=fuzzer` to link libFuzzer's main. Clang only.
if(THIDUA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "THIDUA_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(thidua_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(thidua_settings INTERFACE -fsanitize=address,undefined)
endif()
