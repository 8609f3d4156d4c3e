// The header shows how many items the cart holds. The count comes from a small JSON answer of its own, so the page
// itself stays the same for every visitor (and cacheable); the number is the reader's.
(function () {
  var badge = document.querySelector('[data-cart-count]');
  if (!badge) return;
  fetch('/cart/count', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (answer) {
      if (!answer || !answer.count) return;
      badge.textContent = answer.count > 99 ? '99+' : String(answer.count);
      badge.hidden = false;
    })
    .catch(function () { /* no count is better than a wrong one */ });
})();
