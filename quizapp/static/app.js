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
