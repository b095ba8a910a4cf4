/** Browsers come from the operating system (Debian's chromium and firefox-esr); never download one. */
module.exports = { skipDownload: true };
