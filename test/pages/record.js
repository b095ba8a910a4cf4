// Loaded first by every page in this folder: records what the test asserts on (console
// warnings, errors, Content-Security-Policy violations) and resolves `window.localeShown` once
// the elements show the page's language.
window.warnings = [];
window.errors = [];
window.violations = [];
// What a hostile page's handlers would push their name to, had they run (test/pages/hostile.html).
window.ran = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.warnings.push(args.join(' '));
  warn(...args);
};
addEventListener('error', (event) => window.errors.push(event.message));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
window.localeShown = new Promise((resolve) =>
  addEventListener('mn-locale-change', (event) => resolve(event.detail.locale)),
);
