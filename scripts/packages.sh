# The Debian 12 packages Keyplan builds, runs and tests with. Sourced by run.sh and test.sh.
# Installs what is missing (with sudo when not root); installs nothing when all are present.

keyplan_build_packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libsqlite3-dev libzip-dev libuchardet-dev libical-dev fonts-dejavu-core fonts-symbola
)
keyplan_test_packages=(
    sqlite3 xvfb xauth x11-utils poppler-utils unzip util-linux libxml2-utils
    clang libclang-rt-14-dev
    postgresql-15 postgresql-client-15 openssl
    desktop-file-utils appstream shared-mime-info dpkg-dev file
)

keyplan_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
