// Hearts on product cards. The cards are shared by every reader (cached), so each heart is a plain link to sign in;
// for a member this script asks which products are wished (with a token for the change) and turns the hearts into
// toggles. Without it, a member still has the heart on the product page itself.
(function () {
  var hearts = document.querySelectorAll('a.heart[data-wish]');
  if (hearts.length === 0) return;
  fetch('/wishlist/ids', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok && r.headers.get('Content-Type').indexOf('json') >= 0 ? r.json() : null; })
    .then(function (answer) {
      if (!answer) return;
      var wished = {};
      answer.ids.forEach(function (id) { wished[id] = true; });
      hearts.forEach(function (heart) {
        var id = heart.getAttribute('data-wish');
        var name = heart.getAttribute('data-name') || '';
        function show(on) {
          heart.setAttribute('aria-pressed', on ? 'true' : 'false');
          heart.setAttribute('aria-label', (on ? answer.removeOf : answer.addOf).replace('{0}', name));
          heart.firstElementChild.textContent = on ? '♥' : '♡';
        }
        function toggle(e) {
          e.preventDefault();
          fetch('/wishlist/' + id, {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'RequestVerificationToken': answer.token },
          }).then(function (r) { return r.ok ? r.json() : null; })
            .then(function (result) { if (result) show(result.wished); })
            .catch(function () { /* the heart stays as it was */ });
        }
        heart.setAttribute('role', 'button');
        show(!!wished[id]);
        heart.addEventListener('click', toggle);
        heart.addEventListener('keydown', function (e) { if (e.key === ' ') toggle(e); });
      });
    })
    .catch(function () { /* the hearts stay links to sign in */ });
})();
