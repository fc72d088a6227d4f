// Counts down the time left of a timed quiz-set attempt. The server renders the seconds left
// and enforces the deadline; this only keeps the number moving between requests, and once the
// time is up asks the server for the page again, which then says "Time is up" (and that the
// attempt is closed) in place of a form whose answer would be refused.
(() => {
  let base = null;
  let asked = false;
  const askServer = () => {
    if (asked || !document.querySelector("form.answer-form, #summary")) return;
    asked = true;  // once per timer shown: the server decides, and a page it sends starts afresh
    if (typeof htmx !== "undefined" && document.querySelector("#question-card")) {
      htmx.ajax("GET", window.location.pathname, { target: "#question-card", swap: "outerHTML" });
    } else {
      window.location.reload();
    }
  };
  const tick = () => {
    const timer = document.querySelector("[data-seconds-left]");
    if (!timer) return;
    const initial = Number(timer.dataset.secondsLeft);
    if (timer !== base) { base = timer; base.dataset.loadedAt = String(Date.now()); asked = false; }
    const elapsed = (Date.now() - Number(base.dataset.loadedAt)) / 1000;
    const left = Math.max(0, initial - Math.floor(elapsed));
    timer.textContent = left > 0
      ? `${Math.floor(left / 60)} min ${String(left % 60).padStart(2, "0")} s`
      : "time is up — answers are no longer accepted";
    // A second after the deadline, so the server's clock has passed it too.
    if (elapsed > initial + 1) askServer();
  };
  setInterval(tick, 1000);
})();
