// Progressive enhancement only: the app works without this file.
// After htmx swaps a region, move keyboard and screen-reader focus to what changed.
document.addEventListener("htmx:after:settle", (event) => {
  const root = event.target instanceof Element ? event.target : document;
  const scope = root.isConnected ? root : document;
  const target =
    scope.querySelector?.("[data-focus-after-swap]") ||
    document.querySelector("#question-card [data-focus-after-swap], #main [data-focus-after-swap]");
  if (target) target.focus({ preventScroll: false });
});
