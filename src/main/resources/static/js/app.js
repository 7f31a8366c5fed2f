// Province switcher: navigating on change keeps the page free of inline scripts (the CSP forbids them).
document.addEventListener("change", function (event) {
  var select = event.target.closest("[data-navigate-on-change]");
  if (select && select.value) {
    window.location.href = select.value;
  }
});

// Filter boxes of long checkbox lists (alignment pickers): shown only when scripts run, hide the items whose
// text does not contain what was typed. Checked items always stay visible so nobody loses sight of a choice.
document.querySelectorAll("[data-filter-group]").forEach(function (group) {
  var input = group.querySelector("[data-filter-input]");
  if (!input) {
    return;
  }
  input.hidden = false;
  input.addEventListener("input", function () {
    var needle = input.value.trim().toLowerCase();
    group.querySelectorAll("[data-filter-item]").forEach(function (item) {
      var checked = item.querySelector("input:checked") !== null;
      item.hidden = needle !== "" && !checked && item.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });
});
