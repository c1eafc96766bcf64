const verdict = document.getElementById('verdict'), area = document.getElementById('area');
function filter() {
  let shown = 0;
  for (const test of document.querySelectorAll('#tests .test')) {
    test.hidden = (verdict.value && test.dataset.status !== verdict.value) ||
                  (area.value && test.dataset.area !== area.value);
    if (!test.hidden) ++shown;
  }
  document.getElementById('shown').textContent = shown;
}
verdict.onchange = area.onchange = filter;
document.getElementById('controls').hidden = false;
