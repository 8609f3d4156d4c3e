// "전체 동의" ticks every box of its fieldset; each box stays its own answer, and the form works without this script.
document.querySelectorAll('[data-check-all]').forEach(all => all.addEventListener('change', () => {
    all.closest('fieldset').querySelectorAll('input[type=checkbox]').forEach(box => { box.checked = all.checked; });
}));
