/* The web edition's script (a classic script: it must run from file:// too). Everything works without it; with
   it: "Vis tabell" toggles, interactive charts (vega-embed with vega's CSP-safe expression interpreter),
   PNG downloads of a chart, and the unit search on the start page. No request leaves the site. */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  for (const el of document.querySelectorAll('.needs-script')) el.hidden = false;

  // "Vis tabell": the table is shown without the script; with it, it starts hidden behind a button.
  for (const button of document.querySelectorAll('button.toggle-table')) {
    const table = document.getElementById(button.getAttribute('aria-controls'));
    if (!table) continue;
    const set = (open) => {
      table.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? button.dataset.hide : button.dataset.show;
    };
    set(false);
    button.hidden = false;
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  }

  // Charts: the static SVG stays until the view is ready (and when anything fails).
  const views = new Map();
  // On a screen narrower than a chart's print width, a single view (a bar or line chart) is laid out again to the
  // box's width, axis labels included, and a legend in columns becomes one column, so nothing is cut off. Not a
  // map (a projection), a concatenation, or a chart with marks placed in pixels for the print width (series-break
  // labels: `scale: null`): those, wider screens and the static SVG keep the print layout, which scrolls in its box.
  const fitToBox = (spec, boxWidth) => {
    if (typeof spec.width !== 'number' || !(boxWidth > 0) || boxWidth >= spec.width) return;
    const multi = ['hconcat', 'vconcat', 'concat', 'facet', 'repeat'].some((k) => k in spec);
    const text = JSON.stringify(spec);
    if (multi || text.includes('"projection"') || text.includes('"scale":null')) return;
    spec.width = Math.floor(boxWidth);
    spec.autosize = { type: 'fit-x', contains: 'padding' };
    // A stacked bar's labels inside its segments (x at the segment's `mid`) only where the segment is still wide
    // enough for "12 %" (about 30 px, the plot taking about two thirds of the box); the tooltip has every share.
    const minShare = 30 / (0.65 * boxWidth);
    const adjust = (node) => {
      if (Array.isArray(node)) return node.forEach(adjust);
      if (node === null || typeof node !== 'object') return;
      if (node.legend && typeof node.legend === 'object' && node.legend.columns > 1) node.legend.columns = 1;
      const mark = typeof node.mark === 'string' ? node.mark : node.mark && node.mark.type;
      if (mark === 'text' && node.encoding && node.encoding.x && node.encoding.x.field === 'mid') {
        node.transform = [...(node.transform || []), { filter: { field: 'share', gte: minShare } }];
      }
      for (const k of Object.keys(node)) if (k !== 'data') adjust(node[k]);
    };
    adjust(spec);
  };
  const specs = document.querySelectorAll('script.chart-spec');
  if (specs.length > 0 && typeof window.vegaEmbed === 'function' && window.vegaInterpreter) {
    for (const script of specs) {
      const id = script.dataset.chart;
      const box = document.getElementById('chart-' + id);
      if (!box) continue;
      let spec;
      try {
        spec = JSON.parse(script.textContent);
      } catch (err) {
        console.warn('chart ' + id + ': bad spec', err);
        continue;
      }
      // Large datasets (a map) come from shared scripts: { "$is248Data": name } stands for one.
      const shared = window.IS248_DATA || {};
      let missing = false;
      const restore = (node) => {
        if (Array.isArray(node)) return node.map(restore);
        if (node === null || typeof node !== 'object') return node;
        if (typeof node.$is248Data === 'string') {
          if (!(node.$is248Data in shared)) missing = true;
          return shared[node.$is248Data];
        }
        for (const k of Object.keys(node)) node[k] = restore(node[k]);
        return node;
      };
      spec = restore(spec);
      if (missing) {
        console.warn('chart ' + id + ': shared data missing, stays static');
        continue;
      }
      fitToBox(spec, box.clientWidth);
      const target = document.createElement('div');
      target.className = 'chart-live';
      window
        .vegaEmbed(target, spec, {
          renderer: 'svg',
          actions: false,
          ast: true,
          expr: window.vegaInterpreter.expressionInterpreter,
          defaultStyle: false,
          tooltip: { disableDefaultStyle: true, theme: 'custom' },
        })
        .then((result) => {
          box.replaceChildren(target);
          box.classList.add('live');
          views.set(id, result.view);
        })
        .catch((err) => console.warn('chart ' + id + ' stays static:', err));
    }
  }

  for (const button of document.querySelectorAll('button.png, button.svg')) {
    button.addEventListener('click', () => {
      const view = views.get(button.dataset.chart);
      if (!view) return;
      view.toImageURL(button.classList.contains('svg') ? 'svg' : 'png', button.classList.contains('svg') ? 1 : 2).then((url) => {
        const a = document.createElement('a');
        a.href = url;
        a.download = button.dataset.file;
        document.body.appendChild(a);
        a.click();
        a.remove();
      });
    });
  }

  // "Finn din kommune": a combobox over the units in assets/search-index.js.
  const search = document.querySelector('.search');
  const units = window.IS248_UNITS;
  if (search && Array.isArray(units)) {
    const input = search.querySelector('input');
    const list = search.querySelector('[role=listbox]');
    const status = search.querySelector('.search-status');
    const root = search.dataset.root || '';
    const norm = (s) => s.toLocaleLowerCase('nb').normalize('NFC').trim();
    const keyed = units.map((u) => ({ u, name: norm(u.n), words: norm(u.n).split(/[\s\-–]+/) }));
    let hits = [];
    let active = -1;
    const open = (u) => {
      window.location.href = root + u.p;
    };
    const show = (i) => {
      active = i;
      list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', 'finn-valg-' + i);
        list.children[i].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      show(-1);
    };
    const update = () => {
      const q = norm(input.value);
      list.replaceChildren();
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (q === '') {
        close();
        status.textContent = '';
        return;
      }
      const rank = (k) => (k.u.c === q ? 0 : k.name === q ? 1 : k.name.startsWith(q) ? 2 : k.words.some((w) => w.startsWith(q)) ? 3 : k.u.c.startsWith(q) ? 4 : k.name.includes(q) ? 5 : 9);
      hits = keyed
        .map((k) => ({ k, r: rank(k) }))
        .filter((x) => x.r < 9)
        .sort((a, b) => a.r - b.r || a.k.name.localeCompare(b.k.name, 'nb'))
        .slice(0, 12)
        .map((x) => x.k.u);
      hits.forEach((u, i) => {
        const li = document.createElement('li');
        li.id = 'finn-valg-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.className = 'hit-name';
        name.textContent = u.n;
        const what = document.createElement('span');
        what.className = 'hit-kind';
        what.textContent = u.k + ' · ' + u.c;
        li.append(name, ' ', what);
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => open(u));
        list.appendChild(li);
      });
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', String(hits.length > 0));
      status.textContent = hits.length === 0 ? search.dataset.none : search.dataset.count.replace('{n}', String(hits.length));
    };
    input.addEventListener('input', update);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && hits.length) {
        e.preventDefault();
        if (list.hidden) update();
        show(Math.min(hits.length - 1, active + 1));
      } else if (e.key === 'ArrowUp' && hits.length) {
        e.preventDefault();
        show(Math.max(0, active - 1));
      } else if (e.key === 'Enter') {
        const u = hits[active >= 0 ? active : 0];
        if (u) {
          e.preventDefault();
          open(u);
        }
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
  }
})();
