// A refused form is shown again at its POST-only address: put the page's own address back in the
// address bar, so that reloading or bookmarking it finds the page (see PostOnlyAddresses).
const from = document.body.dataset.reshownFrom;
if (from && from.startsWith('/')) history.replaceState(null, '', from);
