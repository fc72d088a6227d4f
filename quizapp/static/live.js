// Live pages: make sure htmx's SSE extension connects the page's event stream.
//
// htmx and the extension are deferred scripts, and htmx starts itself on a timer once its own
// script has run. When the extension (a later script, from the CDN) is still downloading, that
// timer can fire first: htmx processes the page without it, and the extension, registered
// afterwards, never sees the page's hx-sse:connect. The page then follows the room only by
// its polling fallback. This script runs after the extension has registered; its timer runs
// after htmx's start (timers of equal delay run in the order they were set), and processes
// again any hx-sse:connect element the extension has not taken (htmx marks the elements it
// wires with data-htmx-powered). One taken already is left alone: no second connection.
(() => {
  if (typeof htmx === "undefined") return;
  setTimeout(() => {
    for (const element of document.querySelectorAll("[hx-sse\\:connect]:not([data-htmx-powered])")) {
      htmx.process(element);
    }
  });
})();
