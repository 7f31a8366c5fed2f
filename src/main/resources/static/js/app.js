// Province switcher: navigating on change keeps the page free of inline scripts (the CSP forbids them).
document.addEventListener("change", function (event) {
  var select = event.target.closest("[data-navigate-on-change]");
  if (select && select.value) {
    window.location.href = select.value;
  }
});
