// Progressive enhancement only: ordering and matching questions are answered with drop-downs
// without this file. With it, the items are dragged (mouse, touch or pen, through SortableJS)
// or moved with the keyboard (the arrow keys on an item, or its Move buttons). The drop-downs
// stay in the form, hidden, and every move writes them, so the server reads and grades exactly
// the fields it reads without JavaScript. Each move is announced in a live region, and focus
// stays on what moved.
(() => {
  "use strict";

  // SortableJS's own pointer-driven drag (forceFallback) for the mouse too: the same code path
  // for mouse, touch and pen, and no native drag image. On touch a drag starts after a short
  // press, so that a swipe over the list still scrolls the page.
  const DRAG_OPTIONS = {
    animation: 150,
    forceFallback: true,
    fallbackTolerance: 4, // a click on a Move button is not a drag
    delay: 150,
    delayOnTouchOnly: true,
    filter: "button",
    preventOnFilter: false, // ...and the button still gets its click
    ghostClass: "drag-ghost",
    chosenClass: "drag-chosen",
    dragClass: "drag-dragging",
  };
  const STEPS = { ArrowUp: -1, ArrowDown: 1 };

  const quote = (text) => `“${text.trim()}”`;

  /** A polite live region in the fieldset; returns the function that speaks through it. */
  function liveRegion(fieldset) {
    const region = document.createElement("p");
    region.className = "visually-hidden move-status";
    region.setAttribute("role", "status");
    fieldset.append(region);
    return (text) => {
      region.textContent = text;
    };
  }

  /** "Move up" and "Move down" buttons for the item called ``name``. */
  function moveButtons(name) {
    const box = document.createElement("span");
    box.className = "move-buttons";
    for (const [step, word, arrow] of [[-1, "up", "↑"], [1, "down", "↓"]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "move-button secondary";
      button.dataset.step = String(step);
      button.setAttribute("aria-label", `Move ${quote(name)} ${word}`);
      button.textContent = arrow;
      box.append(button);
    }
    return box;
  }

  /** Route Move-button clicks and arrow keys on an item to ``move(item, step, focused)``. */
  function onMove(container, itemSelector, move) {
    container.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-step]");
      if (button && container.contains(button)) move(button.closest(itemSelector), Number(button.dataset.step), button);
    });
    container.addEventListener("keydown", (event) => {
      if (!(event.key in STEPS) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const item = event.target.closest(itemSelector);
      if (!item) return;
      event.preventDefault(); // the arrow moves the item, not the page
      move(item, STEPS[event.key], event.target);
    });
  }

  function sortable(element, options) {
    // Without SortableJS (its CDN unreachable) the keyboard and the Move buttons still work.
    if (typeof window.Sortable === "function") window.Sortable.create(element, { ...DRAG_OPTIONS, ...options });
  }

  /** Ordering: one list, reordered; position-i gets the place of the i-th item shown. */
  function enhanceOrdering(fieldset) {
    const list = fieldset.querySelector(".order-list");
    const rows = [...list.children];
    const n = rows.length;
    const selectOf = (row) => row.querySelector("select");
    const textOf = (row) => row.querySelector("label").textContent.trim();
    // A form sent back with an error keeps the positions given: show the items in that order.
    const given = rows.map((row) => Number(selectOf(row).value));
    if (new Set(given).size === n && given.every((p) => p >= 1 && p <= n)) {
      rows.slice().sort((a, b) => Number(selectOf(a).value) - Number(selectOf(b).value)).forEach((row) => list.append(row));
    }
    for (const row of rows) {
      selectOf(row).hidden = true;
      row.tabIndex = 0;
      const number = document.createElement("span");
      number.className = "order-position";
      number.setAttribute("aria-hidden", "true");
      row.prepend(number);
      row.append(moveButtons(textOf(row)));
    }
    const say = liveRegion(fieldset);
    const write = () => {
      [...list.children].forEach((row, i) => {
        selectOf(row).value = String(i + 1);
        row.querySelector(".order-position").textContent = `${i + 1}.`;
      });
    };
    const tell = (row) => say(`${quote(textOf(row))} moved to position ${[...list.children].indexOf(row) + 1} of ${n}.`);
    write();

    onMove(list, ".order-row", (row, step, focused) => {
      const now = [...list.children];
      const to = now.indexOf(row) + step;
      if (to < 0 || to >= n) {
        say(`${quote(textOf(row))} is already ${step < 0 ? "first" : "last"}.`);
        return;
      }
      if (step < 0) now[to].before(row);
      else now[to].after(row);
      write();
      tell(row);
      focused.focus(); // moving a node in the DOM takes the focus away from it
    });
    sortable(list, {
      draggable: ".order-row",
      onEnd: (event) => {
        write();
        if (event.oldIndex !== event.newIndex) tell(event.item);
      },
    });
    return true;
  }

  /** Matching: one slot per item holding its partner's card; cards are swapped, never shared. */
  function enhanceMatching(fieldset, group) {
    const rows = [...fieldset.querySelectorAll(".match-row")];
    const selects = rows.map((row) => row.querySelector("select"));
    const partners = [...selects[0].options].filter((option) => option.value !== "");
    if (partners.length < rows.length) return false; // no partner for every item: keep the drop-downs
    const values = partners.map((option) => option.value);
    let given = selects.map((select) => select.value);
    if (new Set(given).size !== rows.length || !given.every((value) => values.includes(value))) {
      given = values.slice(0, rows.length); // first item with the first partner shown, and so on
    }
    const card = (option) => {
      const element = document.createElement("div");
      element.className = "match-card";
      element.tabIndex = 0;
      element.dataset.value = option.value;
      const text = document.createElement("span");
      text.className = "match-text";
      text.textContent = option.textContent;
      element.append(text, moveButtons(option.textContent));
      return element;
    };
    const slots = rows.map((row, i) => {
      const slot = document.createElement("div");
      slot.className = "match-slot";
      slot.append(card(partners.find((option) => option.value === given[i])));
      selects[i].hidden = true;
      row.append(slot);
      return slot;
    });
    const say = liveRegion(fieldset);
    const leftOf = (slot) => slot.closest(".match-row").querySelector("label").textContent.trim();
    const textOf = (element) => element.querySelector(".match-text").textContent;
    const write = () => slots.forEach((slot, i) => {
      selects[i].value = slot.querySelector(".match-card").dataset.value;
    });
    const tell = (moved, other) => {
      let text = `${quote(textOf(moved))} now matches ${quote(leftOf(moved.parentElement))}.`;
      if (other) text += ` ${quote(textOf(other))} now matches ${quote(leftOf(other.parentElement))}.`;
      say(text);
    };
    write();

    onMove(fieldset, ".match-card", (moved, step, focused) => {
      const from = slots.indexOf(moved.parentElement);
      const to = from + step;
      if (to < 0 || to >= slots.length) {
        say(`${quote(textOf(moved))} is already ${step < 0 ? "first" : "last"}.`);
        return;
      }
      const other = slots[to].querySelector(".match-card");
      slots[from].append(other);
      slots[to].append(moved);
      write();
      tell(moved, other);
      focused.focus();
    });
    // A card dropped on a slot that has one swaps with it. Dropped beside it (not on it),
    // SortableJS puts both in one slot: the other one goes back to the slot left empty.
    const settle = (moved, from) => {
      for (const slot of slots) {
        const cards = [...slot.querySelectorAll(".match-card")];
        const other = cards.find((element) => element !== moved);
        if (cards.length > 1 && other) from.append(other);
      }
      write();
    };
    for (const slot of slots) {
      sortable(slot, {
        group,
        swap: true,
        swapClass: "drop-target",
        draggable: ".match-card",
        onEnd: (event) => {
          settle(event.item, event.from);
          if (event.item.parentElement !== event.from) tell(event.item, event.from.querySelector(".match-card"));
        },
      });
    }
    return true;
  }

  const ENHANCERS = { ordering: enhanceOrdering, matching: enhanceMatching };
  let groups = 0;

  function enhance() {
    for (const fieldset of document.querySelectorAll("fieldset[data-dragsort]:not([data-dragsort-ready])")) {
      const enhancer = ENHANCERS[fieldset.dataset.dragsort];
      if (!enhancer) continue;
      fieldset.dataset.dragsortReady = "";
      groups += 1;
      if (!enhancer(fieldset, `dragsort-${groups}`)) continue;
      fieldset.classList.add("is-draggable");
      const legend = fieldset.querySelector("legend");
      if (legend && fieldset.dataset.dragLegend) legend.textContent = fieldset.dataset.dragLegend;
      if (legend && fieldset.dataset.dragHint) {
        const hint = document.createElement("p");
        hint.className = "hint drag-hint";
        hint.textContent = fieldset.dataset.dragHint;
        legend.after(hint);
      }
    }
  }

  enhance();
  // A question swapped in by htmx (the next one, or this one sent back with an error).
  document.addEventListener("htmx:after:process", enhance);
})();
