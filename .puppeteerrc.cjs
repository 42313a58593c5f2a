// Never let `npm install` download a browser: the project uses a system Chrome/Chromium
// (see pipeline/print/browser-path.ts for the lookup order, scripts/setup.sh for the install).
/** @type {import("puppeteer").Configuration} */
module.exports = {
  skipDownload: true,
};
