// Sort the cohort table by the clicked column (our own inline script; no candidate text is executed).
document.querySelectorAll("#cohort th.sortable").forEach(function (th, col) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var num = th.dataset.type === "num";
    var dir = th.dataset.dir === "desc" ? 1 : -1;
    th.dataset.dir = dir === 1 ? "asc" : "desc";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col], y = b.cells[col];
      if (num) { return dir * (parseFloat(x.dataset.value) - parseFloat(y.dataset.value)); }
      return dir * x.textContent.localeCompare(y.textContent);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
document.documentElement.setAttribute("data-sortable", "ready");
