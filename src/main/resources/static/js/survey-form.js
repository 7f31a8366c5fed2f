// Conditional questions: a question that depends on an earlier answer is hidden (and its answer cleared, so it is
// never sent) until that answer is chosen. Without JavaScript every question shows with a note saying when to
// answer it, and the server refuses an answer to a question that was not asked.
(function () {
  'use strict';
  function update(form) {
    form.querySelectorAll('fieldset[data-condition-question]').forEach(function (set) {
      var field = 'q' + set.getAttribute('data-condition-question');
      var option = set.getAttribute('data-condition-option');
      var chosen = Array.prototype.some.call(form.querySelectorAll('[name="' + field + '"]'), function (input) {
        return input.checked && input.value === option && !input.closest('fieldset[hidden]');
      });
      set.hidden = !chosen;
      var note = set.querySelector('.scp-condition-note');
      if (note) { note.hidden = true; }
      if (!chosen) {
        set.querySelectorAll('input, select, textarea').forEach(function (input) {
          if (input.type === 'radio' || input.type === 'checkbox') { input.checked = false; }
          else { input.value = ''; }
        });
      }
    });
  }
  document.querySelectorAll('form.scp-survey-form').forEach(function (form) {
    form.addEventListener('change', function () { update(form); });
    update(form);
  });
}());
