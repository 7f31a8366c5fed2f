// Area form: refuse a boundary file over the limit before uploading it, with the server's own message (the
// server checks again; this only saves the user a long wait for a refusal, or a failed upload when the file is
// even larger than the server accepts at all).
(function () {
  "use strict";

  function tooLarge(input) {
    var file = input.files && input.files[0];
    return Boolean(file) && file.size > Number(input.dataset.maxBytes);
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
      return;
    }
    var refused = tooLarge(input);
    input.setCustomValidity(refused ? input.dataset.tooLargeText : "");
    input.classList.toggle("is-invalid", refused);
    if (refused) {
      input.reportValidity();
    }
  });

  // The form has novalidate (the server marks the fields), so a custom validity alone would not stop it.
  document.addEventListener("submit", function (event) {
    var input = event.target.querySelector("input[type=file][data-max-bytes]");
    if (input && tooLarge(input)) {
      event.preventDefault();
      input.reportValidity();
      input.focus();
    }
  });
})();
