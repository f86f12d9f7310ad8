// Records every Content-Security-Policy violation of the page (a classic script, loaded first: it sees them all).
// demo/csp.html lists them on screen; the test reads window.violationsCsp.
window.violationsCsp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violationsCsp.push({ directive: e.effectiveDirective, bloque: e.blockedURI, source: e.sourceFile, ligne: e.lineNumber });
  const liste = document.getElementById('violations');
  if (liste) liste.textContent = `${window.violationsCsp.length} violation(s) de la politique : ${window.violationsCsp.map((v) => v.directive).join(', ')}`;
});
