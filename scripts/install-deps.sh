#!/usr/bin/env bash
# Installs every Debian package docbao needs to build, test and run its samples.
# Idempotent: packages already present are left alone, and nothing is downloaded when all are
# installed. Run as root (or it re-runs itself with sudo). "--check" only reports what is missing.
set -euo pipefail

packages=(
    # Build
    build-essential cmake pkg-config gettext
    libxml2-dev libespeak-ng-dev portaudio19-dev libasound2-dev libglib2.0-dev libglib2.0-bin
    libsndfile1-dev libsamplerate0-dev libjson-glib-dev libcurl4-openssl-dev libgtk-4-dev
    # Speech data and the reference espeak-ng program (benchmarks compare against it)
    espeak-ng espeak-ng-data
    # https: the certificate authorities libcurl checks against; openssl for the https tests
    ca-certificates openssl
    # Tests: audio capture through ALSA and PulseAudio, GUI under Xvfb, terminal sessions,
    # fuzzing with clang's libFuzzer
    libasound2-plugins alsa-utils pulseaudio pulseaudio-utils xvfb tmux bsdutils
    dbus at-spi2-core libatspi2.0-dev
    # Tests: unpacking talking books (EPUB) to edit their SMIL files
    unzip
    clang libclang-rt-14-dev
    # Manual pages (reading and checking them), bash completion, and the Debian package with
    # its checks (scripts/build-deb.sh)
    man-db bash-completion debhelper lintian desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${1:-}" = "--check" ]; then
    if [ ${#missing[@]} -gt 0 ]; then
        echo "missing packages: ${missing[*]}"
        exit 1
    fi
    exit 0
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "docbao: all ${#packages[@]} packages are installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi

echo "docbao: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
