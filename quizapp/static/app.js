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
  // An error in the slot is announced (role="alert"); focus stays on what the user was using.
  if (root instanceof Element && root.closest("#error-slot")) return;
  // A small control swapped in place (the flag button, a navigator entry): htmx has already
  // put focus back on the element with the same id; moving it would lose the user's place.
  if (root instanceof Element && root.closest("[data-keep-focus]")) return;
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
// Errors of htmx requests land in the layout's #error-slot (quizapp/errors.py), leaving the
// region the request targeted as it was. The slot empties when a later request succeeds, or
// when its Dismiss button is pressed.
function clearErrorSlot() {
  document.getElementById("error-slot")?.replaceChildren();
}
document.addEventListener("htmx:after:request", (event) => {
  const status = event.detail?.ctx?.response?.status;
  if (status && status < 400) clearErrorSlot();
});
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-dismiss-error]")) clearErrorSlot();
});

// The browser's time zone: sent with flashcard ratings (data-browser-time-zone) so "today" is
// the learner's until they choose a zone, and offered in the account's time-zone field
// (data-browser-time-zone-default) when none is saved.
function fillBrowserTimeZone(root) {
  let zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch { return; }
  if (!zone) return;
  root.querySelectorAll("input[data-browser-time-zone]").forEach((input) => { input.value = zone; });
  root.querySelectorAll("input[data-browser-time-zone-default]").forEach((input) => {
    if (!input.value) input.value = zone;
  });
}
document.addEventListener("DOMContentLoaded", () => fillBrowserTimeZone(document));
document.addEventListener("htmx:after:settle", () => fillBrowserTimeZone(document));
