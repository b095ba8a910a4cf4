// The page's own script, after the hostile entries: it must still be there, and run.
window.pageScriptRan = true;
