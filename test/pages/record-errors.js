// Records uncaught errors and CSP violations of a test page, for the test
// that opens it in a frame to read.
window.recordedErrors = [];
window.recordedViolations = [];
window.addEventListener('error', (event) => {
  window.recordedErrors.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.recordedErrors.push(String(event.reason));
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.recordedViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
  );
});
