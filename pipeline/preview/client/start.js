// The start page's filter (served as /_/start.js): search by name or number, fylke, kind and status.
// The filter is kept in the URL's query so a reload (live reload after a change) keeps it.
(function () {
  'use strict';
  var ids = ['q', 'fylke', 'kind', 'status'];
  var inputs = ids.map(function (id) { return document.getElementById(id); });
  var rows = Array.prototype.slice.call(document.querySelectorAll('#sheets tbody tr'));
  var shown = document.getElementById('shown');
  var params = new URLSearchParams(location.search);
  inputs.forEach(function (input, i) { if (params.has(ids[i])) input.value = params.get(ids[i]); });

  function apply() {
    var q = inputs[0].value.trim().toLowerCase();
    var fylke = inputs[1].value, kind = inputs[2].value, status = inputs[3].value;
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.getAttribute('data-search').indexOf(q) >= 0) &&
        (!fylke || r.getAttribute('data-fylke') === fylke) &&
        (!kind || r.getAttribute('data-kind') === kind) &&
        (!status || r.getAttribute('data-status') === status);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n === rows.length ? '' : 'Viser ' + n + ' av ' + rows.length;
    var next = new URLSearchParams();
    inputs.forEach(function (input, i) { if (input.value) next.set(ids[i], input.value); });
    var qs = next.toString();
    history.replaceState(null, '', qs ? '?' + qs : location.pathname);
  }
  inputs.forEach(function (input) { input.addEventListener('input', apply); });
  apply();
})();
