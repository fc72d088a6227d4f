// Counts down the time left of a timed quiz-set attempt. The server renders the seconds left
// and enforces the deadline; this only keeps the number moving between requests.
(() => {
  let base = null;
  const tick = () => {
    const timer = document.querySelector("[data-seconds-left]");
    if (!timer) return;
    const initial = Number(timer.dataset.secondsLeft);
    if (timer !== base) { base = timer; base.dataset.loadedAt = String(Date.now()); }
    const left = Math.max(0, initial - Math.floor((Date.now() - Number(base.dataset.loadedAt)) / 1000));
    timer.textContent = left > 0
      ? `${Math.floor(left / 60)} min ${String(left % 60).padStart(2, "0")} s`
      : "time is up — answers are no longer accepted";
  };
  setInterval(tick, 1000);
})();
