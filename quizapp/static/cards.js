// Flashcards, progressive enhancement only: every control works without this file.
// 1. Keyboard shortcuts on the study page: Space reveals, 1–4 rate (Again, Hard, Good, Easy).
// 2. The browser's time zone is sent with ratings and offered in settings, so "today" is local.
(() => {
  const zone = (() => {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch { return ""; }
  })();

  function fillTimeZone(root) {
    if (!zone) return;
    root.querySelectorAll("input[data-browser-time-zone]").forEach((input) => { input.value = zone; });
    root.querySelectorAll("input[data-browser-time-zone-default]").forEach((input) => {
      if (!input.value) input.value = zone;
    });
  }

  // The shortcuts below exist only with this script, so only it announces them to screen
  // readers (aria-keyshortcuts); the visible hint is a .js-only paragraph (see app.js).
  function announceShortcuts(root) {
    root.querySelectorAll("#study [data-reveal]").forEach((button) => button.setAttribute("aria-keyshortcuts", "Space"));
    root.querySelectorAll("#study [data-rating]").forEach((button) => button.setAttribute("aria-keyshortcuts", button.dataset.rating));
  }

  const enhance = () => { fillTimeZone(document); announceShortcuts(document); };
  document.addEventListener("DOMContentLoaded", enhance);
  document.addEventListener("htmx:after:settle", enhance);
  if (document.readyState !== "loading") enhance();

  const typing = (el) => el instanceof Element && el.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
  const control = (el) => el instanceof Element && el.closest("button, a[href], summary");

  document.addEventListener("keydown", (event) => {
    const study = document.getElementById("study");
    if (!study || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (typing(event.target)) return;
    let button = null;
    if (event.key === " ") {
      // Space on a focused button or link keeps its usual meaning.
      if (control(event.target)) return;
      button = study.querySelector("[data-reveal]");
    } else if (["1", "2", "3", "4"].includes(event.key)) {
      button = study.querySelector(`[data-rating="${event.key}"]`);
    }
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
})();
