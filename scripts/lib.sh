# shellcheck shell=bash
# Shared by scripts/run and scripts/test (sourced, not run). Both must work as root on a fresh
# Debian 12 machine and, run again with nothing changed, finish in seconds: so packages are
# installed only when missing, and CMake is configured only when the build folder is new or its
# options changed (after that CMake re-runs itself when a CMakeLists.txt changes).

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# ccache keys on paths relative to the tree and ignores the build folder's own path, so a fresh
# clone (CI) reuses what any other checkout on the machine already compiled.
export CCACHE_BASEDIR="$repo_root" CCACHE_NOHASHDIR=1

# The names in scripts/packages.txt, without comments and blank lines.
required_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$repo_root/scripts/packages.txt" | grep -v '^$'
}

# Installs the packages of scripts/packages.txt that are not installed yet. One dpkg-query call
# answers for all of them, so when nothing is missing this costs well under a second and never
# touches the network.
install_missing() {
    local -a wanted missing=()
    mapfile -t wanted < <(required_packages)
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${wanted[@]}" 2>/dev/null || true)
    local package
    for package in "${wanted[@]}"; do
        if ! grep -qxE "${package//+/\\+} ii ?" <<<"$installed"; then
            missing+=("$package")
        fi
    done
    ((${#missing[@]} == 0)) && return 0

    echo "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    if ((EUID != 0)); then
        echo "error: installing packages needs root; run this script as root (or install them yourself)." >&2
        return 1
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# configure_and_build DIR [CMAKE_ARGS…]: configures DIR with Ninja (and ccache when there is one),
# then builds it with all cores; with BUILD_TARGETS set (space-separated), only those targets.
configure_and_build() {
    local build_dir=$1
    shift
    local -a args=(-G Ninja "$@")
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi

    # The arguments of the last successful configure are kept beside the cache, to notice a change.
    local stamp="$build_dir/.configure-args"
    local wanted
    wanted=$(printf '%s\n' "${args[@]}")
    if [[ ! -f $build_dir/CMakeCache.txt || ! -f $stamp || $(<"$stamp") != "$wanted" ]]; then
        # A cache made by another generator (say, an IDE's Makefiles) cannot be switched to Ninja.
        if [[ -f $build_dir/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$build_dir/CMakeCache.txt"; then
            rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
        fi
        cmake -S "$repo_root" -B "$build_dir" "${args[@]}"
        printf '%s\n' "$wanted" >"$stamp"
    fi
    local -a targets=()
    if [[ -n ${BUILD_TARGETS:-} ]]; then
        read -r -a targets <<<"$BUILD_TARGETS"
        targets=(--target "${targets[@]}")
    fi
    cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
}
