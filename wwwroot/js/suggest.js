// Suggestions under a search box with data-suggest: an ARIA combobox, driven by the arrow keys, Enter and Escape.
// Without this script the box is a plain search field.
document.querySelectorAll('input[data-suggest]').forEach(input => {
    const list = document.createElement('ul');
    list.id = input.id ? input.id + '-suggestions' : 'suggestions-' + Math.random().toString(36).slice(2);
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    let active = -1, timer = 0, last = '';
    const options = () => [...list.querySelectorAll('[role=option]')];
    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const mark = index => {
        const all = options();
        all.forEach((o, i) => o.setAttribute('aria-selected', i === index ? 'true' : 'false'));
        active = index;
        if (all[index]) input.setAttribute('aria-activedescendant', all[index].id);
    };

    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const q = input.value.trim();
            if (q === last) return;
            last = q;
            if (!q) { close(); return; }
            const response = await fetch(input.dataset.suggest + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
            if (!response.ok || input.value.trim() !== q) return;
            const found = await response.json();
            list.replaceChildren(...found.map((s, i) => {
                const item = document.createElement('li');
                item.id = list.id + '-' + i;
                item.setAttribute('role', 'option');
                item.dataset.kind = s.kind;
                const link = document.createElement('a');
                link.href = s.url;
                link.textContent = s.label;
                link.tabIndex = -1;
                item.append(link);
                return item;
            }));
            list.hidden = found.length === 0;
            input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
            active = -1;
        }, 150);
    });

    input.addEventListener('keydown', e => {
        const all = options();
        if (list.hidden || all.length === 0) return;
        if (e.key === 'ArrowDown') { e.preventDefault(); mark((active + 1) % all.length); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); mark((active - 1 + all.length) % all.length); }
        else if (e.key === 'Escape') { close(); }
        else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = all[active].querySelector('a').href; }
    });
    input.addEventListener('blur', () => setTimeout(close, 200));
});
