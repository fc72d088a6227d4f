// Progressive enhancement only: the app works without this file.
// After htmx swaps a region, move keyboard and screen-reader focus to what changed.
document.addEventListener("htmx:after:settle", (event) => {
  const root = event.target instanceof Element ? event.target : document;
  // An error in the slot is announced (role="alert"); focus stays on what the user was using.
  if (root instanceof Element && root.closest("#error-slot")) return;
  const scope = root.isConnected ? root : document;
  const target =
    scope.querySelector?.("[data-focus-after-swap]") ||
    document.querySelector("#question-card [data-focus-after-swap], #main [data-focus-after-swap]");
  if (target) target.focus({ preventScroll: false });
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
