#!/usr/bin/env bash
# Installs what building and running Nianbao needs on a fresh Debian machine: a JDK 17+, Maven, and the
# OCR engine for scans (Tesseract 5 with the Simplified Chinese and English models; see models/README.md).
# With --browser, also Debian's chromium and its chromedriver, which the browser tests of the review UI drive.
# With --office, also LibreOffice Writer and the Noto CJK fonts, with which fixtures/corpus.sh makes PDFs and
# scans (--formats pdf,scan). Options combine: scripts/setup.sh --browser --office
# Idempotent: does nothing when they are there.
set -euo pipefail
browser=false
office=false
for option in "$@"; do
  case "$option" in
    --browser) browser=true ;;
    --office) office=true ;;
    *) echo "setup: unknown option $option (known: --browser, --office)" >&2; exit 2 ;;
  esac
done

need_install=()
if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  need_install+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || need_install+=(maven)

# Scans are read through libtesseract (JNA); the command-line tool comes with it and helps diagnose.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for package in tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng; do
  installed "$package" || need_install+=("$package")
done

if $browser; then
  for package in chromium chromium-driver fonts-noto-cjk; do
    installed "$package" || need_install+=("$package")
  done
fi

if $office; then
  for package in libreoffice-writer fonts-noto-cjk; do
    installed "$package" || need_install+=("$package")
  done
fi

if [ ${#need_install[@]} -gt 0 ]; then
  echo "setup: installing ${need_install[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_install[@]}"
fi
