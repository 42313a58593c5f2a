#!/usr/bin/env bash
# One-command set-up: installs what the project needs (a system Chromium, qpdf, npm packages — never a
# browser download from the internet) and builds every output on the bundled data.
#
#   npm run setup            # install + build everything
#   npm run setup -- --no-build   # install only
#
# The browser is found in this order: $PUPPETEER_EXECUTABLE_PATH, $CHROME_PATH, a system Chrome/Chromium,
# puppeteer's own cache; Chrome's headless shell before the full browser (it prints ~15 % faster). As root
# with apt-get, Debian's `chromium-headless-shell` is installed when it is missing (falling back to
# `chromium` where the package does not exist).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "setup: unknown option $arg (use --no-build)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# --- Node ---------------------------------------------------------------------------------------
# The range is package.json's `engines` (the true minimum of the dependencies: ESLint 10 and Vite need
# 20.19+, 22.13+ or 24+); the current LTS line is recommended.
command -v node >/dev/null || die "Node.js 20.19+, 22.13+ or 24+ is required, the current LTS line recommended (https://nodejs.org, or apt-get install nodejs)."
node -e '
  const [maj, min] = process.versions.node.split(".").map(Number);
  process.exit((maj === 20 && min >= 19) || (maj === 22 && min >= 13) || maj >= 24 ? 0 : 1);
' || die "Node.js 20.19+, 22.13+ or 24+ is required; found $(node --version)."

is_root() { [ "$(id -u)" = 0 ]; }
have_apt() { command -v apt-get >/dev/null; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- Browser ------------------------------------------------------------------------------------
find_browser() {
  for p in "${PUPPETEER_EXECUTABLE_PATH:-}" "${CHROME_PATH:-}"; do
    [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return 0; }
  done
  # Debian's headless shell binary itself: its /usr/bin launcher is a script that does not exec.
  [ -x /usr/lib/chromium/chromium-headless-shell ] && { echo /usr/lib/chromium/chromium-headless-shell; return 0; }
  for c in chromium-headless-shell chrome-headless-shell chromium chromium-browser google-chrome-stable google-chrome; do
    p=$(command -v "$c" 2>/dev/null) && [ -n "$p" ] && { echo "$p"; return 0; }
  done
  for p in "${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"/chrome-headless-shell/*/chrome-headless-shell-linux64/chrome-headless-shell \
           "${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"/chrome/*/chrome-linux64/chrome; do
    [ -x "$p" ] && { echo "$p"; return 0; }
  done
  return 1
}

if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}${CHROME_PATH:-}" ] && ! command -v chromium-headless-shell >/dev/null && is_root && have_apt; then
  say "installing Debian's chromium-headless-shell with apt-get (the browser that prints)"
  apt_install chromium-headless-shell || say "chromium-headless-shell is not available here; using a full Chrome/Chromium"
fi
if browser=$(find_browser); then
  say "browser: $browser"
elif is_root && have_apt; then
  say "no Chrome/Chromium found: installing Debian's chromium with apt-get"
  apt_install chromium || die "apt-get could not install chromium. Install Chrome or Chromium and set PUPPETEER_EXECUTABLE_PATH to it."
  browser=$(find_browser) || die "chromium was installed but not found on PATH; set PUPPETEER_EXECUTABLE_PATH."
  say "browser: $browser"
else
  die "no Chrome or Chromium found. Install one (Debian: 'sudo apt-get install chromium'; Ubuntu: Google Chrome's .deb)
       or point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at an existing Chrome/Chromium binary, then run this again."
fi
"$browser" --version >/dev/null 2>&1 || die "$browser does not start ('$browser --version' failed). On Ubuntu the chromium package is a snap
       that does not run in containers: install Google Chrome's .deb or set PUPPETEER_EXECUTABLE_PATH."

# --- qpdf (shrinks the tagged PDFs ~6x; optional) ---------------------------------------------------
if ! command -v qpdf >/dev/null; then
  if is_root && have_apt; then
    say "installing qpdf (PDF compression)"
    apt_install qpdf || say "warning: qpdf could not be installed; PDFs will be written uncompressed"
  else
    say "warning: qpdf not found; PDFs will be written uncompressed (apt-get install qpdf)"
  fi
fi

# --- npm packages (never download a browser: the project uses puppeteer-core, which has no download step) ---
if [ -f package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
else
  say "npm install"
  npm install --no-audit --no-fund --loglevel=error
fi

# --- Build everything on the bundled data -----------------------------------------------------------
if [ $build = 1 ]; then
  say "building all outputs (npm start)"
  PUPPETEER_EXECUTABLE_PATH="$browser" npm start --silent
  say "done: outputs are in output/"
else
  say "done (build skipped)"
fi
