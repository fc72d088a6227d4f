// Progressive enhancement only: the app works without this file.
// What only works with JavaScript (keyboard-shortcut hints) is marked `class="js-only" hidden`
// in the markup: shown here, so without JavaScript nobody is told about keys that do nothing.
const showScriptOnly = () => document.querySelectorAll(".js-only[hidden]").forEach((el) => { el.hidden = false; });
document.addEventListener("DOMContentLoaded", showScriptOnly);
document.addEventListener("htmx:after:settle", showScriptOnly);
if (document.readyState !== "loading") showScriptOnly();
// After htmx swaps a region, move keyboard and screen-reader focus to what changed.
document.addEventListener("htmx:after:settle", (event) => {
  const root = event.target instanceof Element ? event.target : document;
  const scope = root.isConnected ? root : document;
  const target =
    scope.querySelector?.("[data-focus-after-swap]") ||
    document.querySelector("#question-card [data-focus-after-swap], #main [data-focus-after-swap]");
  if (target) target.focus({ preventScroll: false });
});

// Copy buttons (data-copy="#field"): shown only when scripts run; without them the field is
// there to select by hand. The result is announced in the status next to the button.
function setUpCopyButtons(root) {
  root.querySelectorAll("button[data-copy]").forEach((button) => {
    if (button.dataset.copyReady) return;
    button.dataset.copyReady = "1";
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = document.querySelector(button.dataset.copy);
      const status = button.closest("p")?.querySelector(".copy-status");
      if (!field) return;
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) status.textContent = "Link copied.";
      } catch {
        field.select();
        if (status) status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected link.";
      }
    });
  });
}
document.addEventListener("DOMContentLoaded", () => setUpCopyButtons(document));
document.addEventListener("htmx:after:settle", (event) => {
  if (event.target instanceof Element) setUpCopyButtons(event.target);
});
