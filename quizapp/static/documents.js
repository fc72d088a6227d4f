// Review of drafts, progressive enhancement only: every button works without this file.
// Keyboard shortcuts (listed on the page in a .js-only section, shown by app.js):
// j / k move between drafts, a accept, r reject, u undo, e edit, n another draft of the
// paragraph, A (Shift+a) accept all ready drafts of the paragraph.
(() => {
  const typing = (el) => el instanceof Element && el.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
  let currentId = null; // the draft the reviewer is on, kept across swaps of its region

  const drafts = () => Array.from(document.querySelectorAll("[data-draft]"));
  const current = () => (currentId && document.getElementById(currentId)) || document.activeElement?.closest?.("[data-draft]") || null;

  function focusDraft(draft) {
    if (!draft) return;
    currentId = draft.id;
    drafts().forEach((d) => d.classList.toggle("is-current", d === draft));
    draft.focus({ preventScroll: false });
  }

  document.addEventListener("focusin", (event) => {
    const draft = event.target instanceof Element ? event.target.closest("[data-draft]") : null;
    if (draft) { currentId = draft.id; drafts().forEach((d) => d.classList.toggle("is-current", d === draft)); }
  });

  // After a region is swapped, go on from the draft that was acted on: the next one waiting,
  // or, past the last, the first one still waiting above (a draft that failed a check, say).
  document.addEventListener("htmx:after:settle", () => {
    const all = drafts();
    if (!all.length) return;
    const here = currentId ? all.findIndex((d) => d.id === currentId) : -1;
    const isWaiting = (d) => d.classList.contains("draft-pending") || d.classList.contains("draft-flagged");
    const waiting = all.slice(Math.max(here, 0)).find(isWaiting) || all.find(isWaiting);
    focusDraft(waiting || all[Math.max(here, 0)]);
  });

  document.addEventListener("keydown", (event) => {
    if (!document.getElementById("review") || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) return;
    const all = drafts();
    const draft = current();
    const index = draft ? all.indexOf(draft) : -1;
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      focusDraft(all[event.key === "j" ? Math.min(index + 1, all.length - 1) : Math.max(index - 1, 0)]);
      return;
    }
    if (!draft) return;
    const scope = ["n", "A"].includes(event.key) ? draft.closest(".review-group") : draft;
    const control = scope?.querySelector(`[data-shortcut="${event.key}"]`);
    if (control && !control.disabled) {
      event.preventDefault();
      control.click();
    }
  });
})();
