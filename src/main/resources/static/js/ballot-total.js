// Knapsack ballots: shows the running total of the ticked projects' costs next to the budget. The form works
// without it; the server checks the budget either way.
(function () {
  const form = document.getElementById('ballot-form');
  const total = document.getElementById('ballot-total');
  if (!form || !total) {
    return;
  }
  const budget = Number(form.dataset.budget);
  const format = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function update() {
    let sum = 0;
    form.querySelectorAll('input[name="choices"]:checked').forEach(function (box) {
      sum += Number(box.dataset.cost);
    });
    total.textContent = total.dataset.template.replace('{0}', format.format(sum));
    total.classList.toggle('text-danger', sum > budget);
    total.hidden = false;
  }
  form.addEventListener('change', update);
  update();
})();
