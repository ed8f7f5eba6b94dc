// effgauge leaderboard: sorting, filters, printing. Everything it needs is on
// the page (the tables, and the JSON in #board-data); it loads nothing.
(function () {
  "use strict";
  var dataNode = document.getElementById("board-data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var liveStatus = document.getElementById("board-status");

  function announce(text) {
    if (liveStatus) liveStatus.textContent = text;
  }

  // ---- sorting: every header button of every table.sortable ----

  // A cell's sort key: its data-sort-value, else its text; null when empty
  // (such rows always go last).
  function sortKey(row, column) {
    var cell = row.cells[column];
    if (!cell) return null;
    var value = cell.getAttribute("data-sort-value");
    if (value === null) value = cell.textContent.trim();
    return value === "" ? null : value;
  }

  function sortTable(table, th, order) {
    var headers = table.tHead.rows[0].cells;
    var column = Array.prototype.indexOf.call(headers, th);
    var numeric = th.getAttribute("data-sort") === "number";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) {
      // The order rows had when the page loaded breaks ties, so sorting is stable.
      if (row.getAttribute("data-order") === null) row.setAttribute("data-order", i);
    });
    var sign = order === "ascending" ? 1 : -1;
    rows.sort(function (a, b) {
      var x = sortKey(a, column);
      var y = sortKey(b, column);
      var tie = a.getAttribute("data-order") - b.getAttribute("data-order");
      if (x === null || y === null) {
        if (x === y) return tie;
        return x === null ? 1 : -1;
      }
      var c = numeric
        ? parseFloat(x) - parseFloat(y)
        : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
      return c !== 0 ? sign * c : tie;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", order);
  }

  // The next order of a column: numbers start largest first, text A to Z;
  // a second click reverses.
  function nextOrder(th) {
    var current = th.getAttribute("aria-sort");
    if (current === "descending") return "ascending";
    if (current === "ascending") return "descending";
    return th.getAttribute("data-sort") === "number" ? "descending" : "ascending";
  }

  function resort(table) {
    var th = table.querySelector("thead th[aria-sort]");
    if (th) sortTable(table, th, th.getAttribute("aria-sort"));
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.tHead.querySelectorAll("button.sort").forEach(function (button) {
      button.addEventListener("click", function () {
        var th = button.closest("th");
        var order = nextOrder(th);
        sortTable(table, th, order);
        announce("Sorted by " + th.textContent.trim() + ", " + order + ".");
      });
    });
  });

  // ---- filters: tag, difficulty, name ----

  var tagSelect = document.getElementById("filter-tag");
  var difficultySelect = document.getElementById("filter-difficulty");
  var textInput = document.getElementById("filter-text");
  var filterStatus = document.getElementById("filter-status");
  var leaderboard = document.getElementById("leaderboard-table");
  var total = data.problems.length;

  function matches(problem) {
    var text = textInput.value.trim().toLowerCase();
    return (!tagSelect.value || problem.tags.indexOf(tagSelect.value) >= 0) &&
      (!difficultySelect.value || problem.difficulty === difficultySelect.value) &&
      (!text || problem.id.toLowerCase().indexOf(text) >= 0);
  }

  function mean(values) {
    return values.reduce(function (a, b) { return a + b; }, 0) / values.length;
  }

  // A leaderboard figure over the problems shown: what the cell shows, its
  // sort key and its title.
  function figure(entry, metric, shown) {
    var rows = entry.problems.filter(function (p, j) { return shown[j] && p; });
    var over = "over the " + rows.length + " problems shown";
    if (rows.length === 0) return { text: "n/a", sort: "", title: "no problem shown" };
    if (metric === "ratio") {
      return { text: "–", sort: "", title: "the ratio of sums is not recomputed under a filter" };
    }
    if (metric === "correct") {
      var correct = rows.filter(function (p) { return p.correct; }).length;
      return { text: correct + " / " + rows.length, sort: correct / rows.length, title: over };
    }
    if (metric === "speedup") {
      var logs = rows.filter(function (p) { return p.speedup > 0; })
        .map(function (p) { return Math.log(p.speedup); });
      if (logs.length === 0) return { text: "n/a", sort: "", title: "no speedup " + over };
      var g = Math.exp(mean(logs));
      return { text: g.toFixed(2) + "×", sort: g, title: "geometric mean " + over };
    }
    if (rows.some(function (p) { return p[metric] === null || p[metric] === undefined; })) {
      return { text: "n/a", sort: "", title: "unavailable for some problem shown" };
    }
    var m = mean(rows.map(function (p) { return p[metric]; }));
    return { text: m.toFixed(3), sort: m, title: "mean " + over + " (no interval under a filter)" };
  }

  function recompute(shown, all) {
    Array.prototype.forEach.call(leaderboard.tBodies[0].rows, function (row) {
      var entry = data.entries[+row.getAttribute("data-entry")];
      row.querySelectorAll("td[data-metric]").forEach(function (cell) {
        if (!cell.hasAttribute("data-original")) {
          cell.setAttribute("data-original", cell.innerHTML);
          cell.setAttribute("data-original-sort", cell.getAttribute("data-sort-value") || "");
          cell.setAttribute("data-original-title", cell.title);
        }
        if (all) {
          cell.innerHTML = cell.getAttribute("data-original");
          cell.setAttribute("data-sort-value", cell.getAttribute("data-original-sort"));
          cell.title = cell.getAttribute("data-original-title");
          return;
        }
        var f = figure(entry, cell.getAttribute("data-metric"), shown);
        cell.textContent = f.text;
        cell.setAttribute("data-sort-value", f.sort);
        cell.title = f.title;
      });
    });
    resort(leaderboard);
  }

  function applyFilters() {
    var shown = data.problems.map(matches);
    var count = shown.filter(Boolean).length;
    document.querySelectorAll("[data-problem]").forEach(function (el) {
      el.hidden = !shown[+el.getAttribute("data-problem")];
    });
    recompute(shown, count === total);
    filterStatus.textContent = count === total
      ? "All " + total + " problems shown."
      : count + " of " + total + " problems shown; the leaderboard is recomputed over them.";
  }

  [tagSelect, difficultySelect].forEach(function (el) { el.addEventListener("change", applyFilters); });
  textInput.addEventListener("input", applyFilters);
  document.getElementById("filters").addEventListener("reset", function () {
    setTimeout(applyFilters, 0); // after the form has reset its fields
  });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });

  // ---- curves: a legend row highlights its line ----

  document.querySelectorAll("table.legend tbody tr").forEach(function (row) {
    var section = row.closest("details");
    function mark(on) {
      section.querySelectorAll("path.curve").forEach(function (path) {
        if (path.getAttribute("data-model") === row.getAttribute("data-model")) {
          path.classList.toggle("hl", on);
        }
      });
    }
    row.addEventListener("mouseenter", function () { mark(true); });
    row.addEventListener("mouseleave", function () { mark(false); });
  });

  // ---- a link to a problem opens its section; printing opens them all ----

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(
      document.querySelectorAll("details.problem"), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });
})();
