// The preview's browser script (served as /_/client.js, loaded first in <head>): adds the toolbar (print to
// PDF, review buttons) once the page is ready — for a printable page once viewer.js has drawn its printed
// pages — and reloads the page when the server says its content changed (Server-Sent Events).
(function () {
  'use strict';
  var dataEl = document.getElementById('preview-data');
  var data = JSON.parse(dataEl ? dataEl.textContent : '{}');
  var SCROLL_KEY = 'preview-scroll:' + location.pathname;

  function restoreScroll() {
    var y = sessionStorage.getItem(SCROLL_KEY);
    if (y !== null) {
      sessionStorage.removeItem(SCROLL_KEY);
      window.scrollTo(0, Number(y));
    }
  }

  function reload() {
    sessionStorage.setItem(SCROLL_KEY, String(window.scrollY));
    location.reload();
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-preview-token': data.token },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  }

  var STATUS_TEXT = { approved: 'Godkjent', 'needs-changes': 'Må endres', 'needs-review': 'Til gjennomgang' };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function toolbar() {
    if (document.getElementById('preview-toolbar')) return;
    var bar = el('div', { id: 'preview-toolbar', role: 'toolbar', 'aria-label': 'Forhåndsvisning' });
    var home = el('a', { href: '/', class: 'pv-home' }, '← Oversikt');
    bar.appendChild(home);
    bar.appendChild(el('span', { class: 'pv-title' }, data.title || ''));
    if (data.links && data.links.length > 0) {
      var nav = el('select', { id: 'pv-nav', 'aria-label': 'Gå til' });
      data.links.forEach(function (l) {
        var o = el('option', { value: l.href }, l.label);
        if (l.current) o.selected = true;
        nav.appendChild(o);
      });
      nav.addEventListener('change', function () { location.href = nav.value; });
      bar.appendChild(nav);
    }
    var message = el('span', { class: 'pv-message', role: 'status', 'aria-live': 'polite' });

    if (data.printable) {
      var pdf = el('button', { type: 'button', id: 'pv-pdf' }, 'Skriv ut til PDF');
      pdf.addEventListener('click', function () {
        pdf.disabled = true;
        message.textContent = 'Lager PDF …';
        post('/_/pdf', { page: data.page })
          .then(function (r) {
            if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
            var name = (r.headers.get('content-disposition') || '').match(/filename="([^"]+)"/);
            return r.blob().then(function (b) {
              var a = el('a', { href: URL.createObjectURL(b), download: name ? name[1] : 'preview.pdf' });
              document.body.appendChild(a);
              a.click();
              a.remove();
              message.textContent = 'PDF lastet ned';
            });
          })
          .catch(function (e) { message.textContent = 'Utskrift feilet: ' + e.message; })
          .finally(function () { pdf.disabled = false; });
      });
      bar.appendChild(pdf);
    }

    if (data.items && data.items.length > 0) {
      var review = el('div', { class: 'pv-review' });
      var select = null;
      if (data.items.length > 1) {
        select = el('select', { id: 'pv-item', 'aria-label': 'Kapittel' });
        data.items.forEach(function (it) { select.appendChild(el('option', { value: it.id }, it.label)); });
        review.appendChild(select);
      }
      var badge = el('span', { id: 'pv-status', class: 'pv-badge' });
      var comment = el('input', { id: 'pv-comment', type: 'text', maxlength: '500', placeholder: 'Kommentar', 'aria-label': 'Kommentar' });
      var approve = el('button', { type: 'button', id: 'pv-approve' }, 'Godkjenn');
      var changes = el('button', { type: 'button', id: 'pv-changes' }, 'Må endres');
      var current = function () {
        var id = select ? select.value : data.items[0].id;
        return data.items.filter(function (it) { return it.id === id; })[0];
      };
      var show = function () {
        var it = current();
        badge.textContent = STATUS_TEXT[it.status] || it.status;
        badge.setAttribute('data-status', it.status);
        badge.title = it.comment || '';
        comment.value = it.comment || '';
      };
      var decide = function (status) {
        var it = current();
        post('/_/review', { id: it.id, status: status, comment: comment.value })
          .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || r.status); return j; }); })
          .then(function (j) {
            it.status = j.status;
            it.comment = j.comment;
            show();
            message.textContent = 'Lagret';
          })
          .catch(function (e) { message.textContent = 'Ikke lagret: ' + e.message; });
      };
      approve.addEventListener('click', function () { decide('approved'); });
      changes.addEventListener('click', function () { decide('needs-changes'); });
      if (select) select.addEventListener('change', show);
      [badge, comment, approve, changes].forEach(function (x) { review.appendChild(x); });
      bar.appendChild(review);
      show();
    }
    bar.appendChild(message);
    document.body.insertBefore(bar, document.body.firstChild);
  }

  // The unit's own comment from its form, beside the sheet for the reviewer (text only: never parsed as HTML).
  function notes() {
    if (!data.notes || data.notes.length === 0 || document.getElementById('pv-notes')) return;
    var box = el('aside', { id: 'pv-notes', 'aria-label': 'Kommentar fra enheten' });
    var details = el('details', { open: '' });
    details.appendChild(el('summary', {}, data.notes.length === 1 ? data.notes[0].title : 'Kommentarer fra enheten'));
    data.notes.forEach(function (n) {
      if (data.notes.length > 1) details.appendChild(el('h2', {}, n.title));
      details.appendChild(el('p', { class: 'pv-note-text' }, n.text));
    });
    box.appendChild(details);
    document.body.appendChild(box);
  }

  function connect() {
    var source = new EventSource('/_/events?page=' + encodeURIComponent(data.page));
    var broken = false;
    source.addEventListener('error', function () { broken = true; });
    source.addEventListener('open', function () {
      // The server restarted while the page was open: its content may have changed.
      if (broken) reload();
    });
    source.addEventListener('change', function (ev) {
      var pages = JSON.parse(ev.data).pages;
      if (pages === '*' || pages.indexOf(data.page) >= 0) reload();
    });
  }

  var connected = false;
  function ready() {
    document.documentElement.setAttribute('data-preview-ready', '');
    toolbar();
    notes();
    restoreScroll();
    // Subscribing tells the server the page is back after a reload (it then starts slower work).
    if (!connected) {
      connected = true;
      connect();
    }
  }

  // A printable page is ready when viewer.js has drawn the printed pages; any other when its DOM is.
  if (data.pdf) window.__previewReady = ready;
  else document.addEventListener('DOMContentLoaded', ready);
  // A page whose layout fails still follows changes.
  setTimeout(function () {
    if (!connected) {
      connected = true;
      connect();
    }
  }, 10000);
  window.__preview = data;
})();
