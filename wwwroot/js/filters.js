// On a phone the results come first: a list's filter panel folds behind its "검색 조건" button.
// Pages render it open, so without this script (or on a wide screen) the filters stay in view.
(function () {
  if (!window.matchMedia('(max-width: 760px)').matches) return;
  document.querySelectorAll('details.filter-toggle[open]').forEach(function (d) { d.open = false; });
})();
