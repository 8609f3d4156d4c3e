// On a phone: a list's filter panel folds behind its "검색 조건" button so the results come first, and a table
// wider than the screen (it scrolls sideways, see site.css) can be scrolled from the keyboard too.
// Pages render the filters open, so without this script (or on a wide screen) they stay in view.
(function () {
  if (!window.matchMedia('(max-width: 760px)').matches) return;
  document.querySelectorAll('details.filter-toggle[open]').forEach(function (d) { d.open = false; });
  document.querySelectorAll('main table').forEach(function (t) {
    if (t.scrollWidth > t.clientWidth && !t.hasAttribute('tabindex')) t.setAttribute('tabindex', '0');
  });
})();
