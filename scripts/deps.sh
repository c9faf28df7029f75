#!/usr/bin/env bash
# Installs everything FieldDesk needs to build, run and test, from Debian 12's packages.
# Safe to run again: when every package is already installed it does nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
  qml6-module-qttest qml6-module-qtquick-shapes qml6-module-qt-labs-settings qml6-module-qtqml
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  libgl1-mesa-dri libglx-mesa0 libegl1 xvfb xauth fonts-noto-cjk fonts-dejavu-core
  libsqlite3-dev sqlite3 curl binutils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
