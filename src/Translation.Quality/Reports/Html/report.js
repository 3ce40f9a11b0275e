// tqa review report. Builds the page from the JSON data blocks above it.
// Safety: feed text only ever reaches the DOM as textContent or attribute values, never as markup.
// Scale: the article list is virtualised (only rows in view exist) and an article's text is parsed
// and rendered only when it is opened.
(() => {
  'use strict';

  const STORE_KEY = 'tqa.review.decisions.v1';
  const WHO_KEY = 'tqa.review.reviewer';
  const ROW = 56;
  const SEVERITIES = ['critical', 'major', 'minor'];
  const SEVERITY_RANK = { critical: 3, major: 2, minor: 1 };
  const CLASS_COLOURS = {
    'split-name': '#d9480f', 'detached-complement': '#f08c00', 'stray-fragment': '#8d6e3f',
    'bad-sentence-split': '#b5a000', 'calque': '#e03131', 'false-friend': '#e64980',
    'source-transliteration': '#9c36b5', 'wrong-modal': '#6741d9', 'translated-gloss': '#c2255c',
    'garbled-quote-intro': '#1c7ed6', 'relative-pronoun': '#1098ad', 'locale-format': '#2b8a3e',
    'untranslated': '#5c940d', 'title-order': '#3b5bdb', 'repeated-word': '#495057',
  };
  const t0 = performance.now();
  const nf = new Intl.NumberFormat('en');
  const fmt = (n) => nf.format(n);
  const $ = (id) => document.getElementById(id);

  // ---------- DOM helpers: text in, never markup ----------
  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    if (props) {
      for (const k in props) {
        const v = props[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k === 'style') for (const s in v) e.style.setProperty(s, v[s]);
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const kid of kids) if (kid !== null && kid !== undefined && kid !== false) e.append(kid);
    return e;
  }
  const SVGNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...kids) {
    const e = document.createElementNS(SVGNS, tag);
    for (const k in attrs || {}) e.setAttribute(k, String(attrs[k]));
    for (const kid of kids) if (kid !== null && kid !== undefined) e.append(kid);
    return e;
  }
  function readJson(node) {
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (err) { return null; }
  }
  let colourCache = new Map();
  function colourOf(cls) {
    if (CLASS_COLOURS[cls]) return CLASS_COLOURS[cls];
    let c = colourCache.get(cls);
    if (!c) {
      let h = 0;
      for (let i = 0; i < cls.length; i++) h = (h * 31 + cls.charCodeAt(i)) >>> 0;
      c = 'hsl(' + (h % 360) + ' 60% 42%)';
      colourCache.set(cls, c);
    }
    return c;
  }
  const swatch = (cls) => el('span', { class: 'swatch', style: { '--c': colourOf(cls) } });
  const plural = (n, one, many) => fmt(n) + ' ' + (n === 1 ? one : (many || one + 's'));

  // ---------- data ----------
  const summary = readJson($('tqa-summary')) || {};
  const trend = readJson($('tqa-trend')) || [];
  const metaNodes = document.getElementsByClassName('tqa-a');
  const textNodes = document.getElementsByClassName('tqa-t');
  const articles = [];
  const findings = [];
  const articleById = new Map();
  for (let b = 0; b < metaNodes.length; b++) {
    const block = readJson(metaNodes[b]) || [];
    for (let k = 0; k < block.length; k++) {
      const a = block[k];
      a.n = articles.length;
      a.block = b;
      a.slot = k;
      for (let i = 0; i < a.findings.length; i++) {
        const f = a.findings[i];
        f.a = a;
        f.i = i;
        f.on = true;
      }
      for (const f of a.findings) findings.push(f);
      // The same id can come from two inputs (an XLIFF and a JSONL export): later ones get "~2", "~3".
      let key = a.id;
      for (let k = 2; articleById.has(key); k++) key = a.id + '~' + k;
      a.key = key;
      articleById.set(key, a);
      articles.push(a);
    }
  }
  const parseMs = performance.now() - t0;
  const textBlocks = [];
  const EMPTY_TEXT = { text: '', sentences: [], source: null, align: [] };
  function textOf(a) {
    let block = textBlocks[a.block];
    if (!block) block = textBlocks[a.block] = readJson(textNodes[a.block]) || [];
    return block[a.slot] || EMPTY_TEXT;
  }

  // ---------- decisions (localStorage, kept across reloads) ----------
  let storageOk = true;
  let decisions = {};
  function loadDecisions() {
    try { decisions = JSON.parse(localStorage.getItem(STORE_KEY) || '{}') || {}; } catch (err) { storageOk = false; decisions = {}; }
    if (typeof decisions !== 'object' || Array.isArray(decisions)) decisions = {};
  }
  function saveDecisions() {
    try { localStorage.setItem(STORE_KEY, JSON.stringify(decisions)); } catch (err) {
      if (storageOk) toast('This browser does not keep decisions: export them before you close the page.');
      storageOk = false;
    }
  }
  loadDecisions();
  let reviewer = '';
  try { reviewer = localStorage.getItem(WHO_KEY) || ''; } catch (err) { reviewer = ''; }
  const decisionOf = (f) => decisions[f.fingerprint] || null;
  function decide(f, decision, reason) {
    if (!f) return false;
    if (decision === 'dismissed' && !reason) {
      // As 'tqa review dismiss' and 'review import': a dismissal says why, for whoever reviews the rule next.
      const input = main.querySelector('.card .reason');
      if (input) { input.classList.add('needed'); input.focus(); }
      toast('Give a reason to dismiss: say why it is a false alarm.');
      return false;
    }
    if (decision) {
      const d = { decision: decision, at: new Date().toISOString() };
      if (reason) d.reason = reason;
      if (reviewer) d.by = reviewer;
      decisions[f.fingerprint] = d;
    } else {
      delete decisions[f.fingerprint];
    }
    saveDecisions();
    afterDecision(f);
    return true;
  }
  function exportDecisions() {
    const out = [];
    const seen = new Set();
    for (const f of findings) {
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      const d = decisions[f.fingerprint];
      if (!d || (d.decision !== 'confirmed' && d.decision !== 'dismissed')) continue;
      const o = { fingerprint: f.fingerprint, decision: d.decision };
      if (d.reason) o.reason = d.reason;
      if (d.by) o.by = d.by;
      o.at = d.at;
      out.push(o);
    }
    return { decisions: out };
  }
  function decidedCount() {
    let n = 0;
    const seen = new Set();
    for (const f of findings) {
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      if (decisions[f.fingerprint]) n++;
    }
    return n;
  }
  function download() {
    const data = exportDecisions();
    const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const stamp = (summary.generatedAt || new Date().toISOString()).slice(0, 10);
    const link = el('a', { href: url, download: 'tqa-decisions-' + stamp + '.json' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    toast('Exported ' + plural(data.decisions.length, 'decision') + '.');
  }

  // ---------- filters ----------
  const state = { classes: new Set(), severities: new Set(), rule: '', feed: '', status: '', review: '', q: '' };
  let visible = [];
  let nav = [];
  let matching = 0;
  const metrics = { parseMs: parseMs, readyMs: 0, readyPaintMs: 0, lastFilterMs: 0, lastFilterPaintMs: 0, filters: 0, filtersPainted: 0 };

  const findingFilterActive = () => state.classes.size > 0 || state.severities.size > 0 || state.rule !== '' || state.review !== '';
  function findingMatches(f) {
    if (state.classes.size && !state.classes.has(f.class)) return false;
    if (state.severities.size && !state.severities.has(f.severity)) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.review) {
      const d = decisionOf(f);
      if (state.review === 'open') return !d;
      return !!d && d.decision === state.review;
    }
    return true;
  }
  function statusMatches(a) {
    switch (state.status) {
      case '': return true;
      case 'findings': return a.findings.length > 0;
      case 'clean': return a.findings.length === 0 && a.status !== 'error';
      case 'failed': return !!a.mqm && !a.mqm.pass;
      case 'passed': return !!a.mqm && a.mqm.pass;
      case 'error': return a.status === 'error';
      case 'unchanged': return a.status === 'unchanged';
      default: {
        const label = state.status.slice(5);
        return a.notes.some((n) => n.label === label);
      }
    }
  }
  let searchReady = false;
  function prepareSearch() {
    if (searchReady) return;
    for (const a of articles) {
      const t = textOf(a);
      let s = a.id + '\n' + a.path + '\n' + t.text + '\n' + (t.source || '');
      for (const f of a.findings) s += '\n' + f.rule + '\n' + f.message + '\n' + (f.suggestion || '');
      a.lc = s.toLowerCase();
    }
    searchReady = true;
  }
  function applyFilters() {
    const start = performance.now();
    const narrow = findingFilterActive();
    const q = state.q.trim().toLowerCase();
    if (q) prepareSearch();
    visible = [];
    nav = [];
    matching = 0;
    for (const a of articles) {
      // Every finding is marked, so an open article hidden by the filters still shows which match.
      let on = 0;
      for (const f of a.findings) {
        f.on = findingMatches(f);
        if (f.on) on++;
      }
      if (state.feed && a.feed !== state.feed) continue;
      if (!statusMatches(a)) continue;
      if (q && a.lc.indexOf(q) < 0) continue;
      if (narrow && on === 0) continue;
      visible.push(a);
      matching += on;
      for (const f of a.findings) if (f.on) nav.push(f);
    }
    renderList();
    updateFilterUi();
    if (view === 'article' && current.a) renderArticle(current.a, current.f, false);
    metrics.lastFilterMs = performance.now() - start;
    metrics.filters++;
    const n = metrics.filters;
    requestAnimationFrame(() => setTimeout(() => {
      if (metrics.filters !== n) return;
      metrics.lastFilterPaintMs = performance.now() - start;
      metrics.filtersPainted = n;
    }, 0));
  }

  // ---------- filter panel ----------
  const filtersEl = $('filters');
  const chipsByClass = new Map();
  const chipsBySeverity = new Map();
  let ruleSelect, feedSelect, statusSelect, reviewSelect;
  function countBy(list, key) {
    const m = new Map();
    for (const x of list) m.set(key(x), (m.get(key(x)) || 0) + 1);
    return [...m.entries()].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  }
  function option(value, label) { return el('option', { value: value, text: label }); }
  function buildFilters() {
    const classFs = el('fieldset', null, el('legend', { text: 'Class' }));
    const classChips = el('div', { class: 'chips' });
    for (const [cls, n] of countBy(findings, (f) => f.class)) {
      const chip = el('button', { type: 'button', class: 'chip', 'aria-pressed': 'false', 'data-class': cls, title: cls, onclick: () => toggle(state.classes, cls) },
        swatch(cls), el('span', { text: cls }), el('span', { class: 'n', text: fmt(n) }));
      chipsByClass.set(cls, chip);
      classChips.append(chip);
    }
    if (!chipsByClass.size) classChips.append(el('span', { class: 'n', text: 'no findings' }));
    classFs.append(classChips);

    const sevFs = el('fieldset', null, el('legend', { text: 'Severity' }));
    const sevChips = el('div', { class: 'chips' });
    const sevCounts = new Map(countBy(findings, (f) => f.severity));
    for (const sev of SEVERITIES) {
      const chip = el('button', { type: 'button', class: 'chip', 'aria-pressed': 'false', 'data-severity': sev, onclick: () => toggle(state.severities, sev) },
        el('span', { class: 'sev ' + sev, text: sev }), el('span', { class: 'n', text: fmt(sevCounts.get(sev) || 0) }));
      chipsBySeverity.set(sev, chip);
      sevChips.append(chip);
    }
    sevFs.append(sevChips);

    ruleSelect = el('select', { id: 'f-rule', onchange: () => { state.rule = ruleSelect.value; applyFilters(); } }, option('', 'All rules'));
    for (const [rule, n] of countBy(findings, (f) => f.rule)) ruleSelect.append(option(rule, rule + ' (' + fmt(n) + ')'));
    feedSelect = el('select', { id: 'f-feed', onchange: () => { state.feed = feedSelect.value; applyFilters(); } }, option('', 'All feeds'));
    for (const [feed, n] of countBy(articles, (a) => a.feed)) feedSelect.append(option(feed, feed + ' (' + fmt(n) + ')'));
    statusSelect = el('select', { id: 'f-status', onchange: () => { state.status = statusSelect.value; applyFilters(); } });
    const count = (p) => articles.reduce((s, a) => s + (p(a) ? 1 : 0), 0);
    statusSelect.append(option('', 'All articles (' + fmt(articles.length) + ')'));
    statusSelect.append(option('findings', 'With findings (' + fmt(count((a) => a.findings.length > 0)) + ')'));
    statusSelect.append(option('failed', 'Failed MQM (' + fmt(count((a) => a.mqm && !a.mqm.pass)) + ')'));
    statusSelect.append(option('passed', 'Passed MQM (' + fmt(count((a) => a.mqm && a.mqm.pass)) + ')'));
    const errors = count((a) => a.status === 'error');
    if (errors) statusSelect.append(option('error', 'Not checked (' + fmt(errors) + ')'));
    const unchanged = count((a) => a.status === 'unchanged');
    if (unchanged) statusSelect.append(option('unchanged', 'Unchanged (' + fmt(unchanged) + ')'));
    statusSelect.append(option('clean', 'Clean (' + fmt(count((a) => a.findings.length === 0 && a.status !== 'error')) + ')'));
    for (const [label, n] of noteLabels()) statusSelect.append(option('note:' + label, label + ' (' + fmt(n) + ')'));
    reviewSelect = el('select', { id: 'f-review', onchange: () => { state.review = reviewSelect.value; applyFilters(); } },
      option('', 'All findings'), option('open', 'To review'), option('confirmed', 'Confirmed'), option('dismissed', 'Dismissed'));

    const selects = el('div', { class: 'selects' },
      el('label', null, 'Rule', ruleSelect), el('label', null, 'Feed', feedSelect),
      el('label', null, 'Status', statusSelect), el('label', null, 'Review', reviewSelect));
    const clear = el('button', { type: 'button', id: 'clear-filters', onclick: clearFilters, text: 'Clear filters' });
    filtersEl.replaceChildren(classFs, sevFs, selects, el('div', { class: 'filter-actions' }, el('span'), clear));
    filtersEl.addEventListener('submit', (e) => e.preventDefault());
  }
  function noteLabels() {
    const m = new Map();
    for (const a of articles) for (const n of a.notes) m.set(n.label, (m.get(n.label) || 0) + 1);
    return [...m.entries()].sort();
  }
  function toggle(set, value) {
    if (set.has(value)) set.delete(value); else set.add(value);
    applyFilters();
  }
  function clearFilters() {
    state.classes.clear();
    state.severities.clear();
    state.rule = state.feed = state.status = state.review = state.q = '';
    $('search').value = '';
    ruleSelect.value = feedSelect.value = statusSelect.value = reviewSelect.value = '';
    applyFilters();
  }
  function setFilter(kind, value) {
    clearFilters();
    if (kind === 'class') state.classes.add(value);
    else if (kind === 'severity') state.severities.add(value);
    else if (kind === 'rule') { state.rule = value; ruleSelect.value = value; }
    else if (kind === 'status') { state.status = value; statusSelect.value = value; }
    applyFilters();
  }
  function updateFilterUi() {
    for (const [cls, chip] of chipsByClass) chip.setAttribute('aria-pressed', String(state.classes.has(cls)));
    for (const [sev, chip] of chipsBySeverity) chip.setAttribute('aria-pressed', String(state.severities.has(sev)));
    $('list-info').textContent = fmt(visible.length) + ' of ' + plural(articles.length, 'article') + ' · ' + plural(matching, 'finding') + (findingFilterActive() || state.q ? ' match' : '');
  }

  // ---------- virtualised article list ----------
  const listEl = $('list');
  const spacer = $('list-spacer');
  const rows = new Map();
  let listFrame = 0;
  function renderList() {
    spacer.style.height = (visible.length * ROW) + 'px';
    for (const r of rows.values()) r.remove();
    rows.clear();
    const old = listEl.querySelector('.empty');
    if (old) old.remove();
    if (!visible.length) listEl.append(el('div', { class: 'empty', text: articles.length ? 'No article matches the filters.' : 'The report has no articles.' }));
    drawRows();
  }
  function drawRows() {
    listFrame = 0;
    const top = listEl.scrollTop;
    const height = listEl.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW) - 6);
    const last = Math.min(visible.length, Math.ceil((top + height) / ROW) + 6);
    for (const [i, r] of rows) if (i < first || i >= last) { r.remove(); rows.delete(i); }
    for (let i = first; i < last; i++) if (!rows.has(i)) { const r = makeRow(visible[i], i); rows.set(i, r); spacer.append(r); }
  }
  listEl.addEventListener('scroll', () => { if (!listFrame) listFrame = requestAnimationFrame(drawRows); }, { passive: true });
  listEl.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    stepArticle(e.key === 'ArrowDown' ? 1 : -1);
  });
  window.addEventListener('resize', () => { if (!listFrame) listFrame = requestAnimationFrame(drawRows); });
  function statusClass(a) {
    if (a.status === 'error') return 'error';
    if (a.status === 'unchanged') return 'unchanged';
    if (!a.mqm) return 'none';
    return a.mqm.pass ? 'pass' : 'fail';
  }
  function makeRow(a, i) {
    const counts = { critical: 0, major: 0, minor: 0 };
    let decided = 0;
    let on = 0;
    for (const f of a.findings) {
      if (!f.on) continue;
      on++;
      counts[f.severity] = (counts[f.severity] || 0) + 1;
      if (decisionOf(f)) decided++;
    }
    const l2 = el('div', { class: 'l2' }, el('span', { class: 'where', text: a.feed + ' · ' + a.sourceLanguage + '→' + a.targetLanguage }), el('span', { class: 'grow' }));
    for (const sev of SEVERITIES) if (counts[sev]) l2.append(el('span', { class: 'count ' + sev, title: plural(counts[sev], sev + ' finding'), text: String(counts[sev]) }));
    if (on) l2.append(el('span', { class: 'count review' + (decided === on ? ' done' : ''), title: decided + ' of ' + on + ' reviewed', text: '✓ ' + decided + '/' + on }));
    const score = a.mqm ? el('span', { class: 'score' + (a.mqm.pass ? '' : ' fail'), title: 'MQM score', text: a.mqm.score.toFixed(1) })
      : el('span', { class: 'score', text: a.status === 'error' ? 'not checked' : '–' });
    const row = el('div', {
      class: 'row-item', role: 'option', 'data-n': a.n, 'aria-selected': String(current.a === a),
      style: { top: (i * ROW) + 'px' },
      onclick: () => go('#a/' + encodeURIComponent(a.key), a),
    }, el('div', { class: 'l1' }, el('span', { class: 'dot ' + statusClass(a), title: statusTitle(a) }), el('span', { class: 'id', text: a.id, title: a.id }), score), l2);
    return row;
  }
  function statusTitle(a) {
    const c = statusClass(a);
    return { error: 'not checked', unchanged: 'unchanged since the last run', none: 'not scored', pass: 'passes MQM', fail: 'fails MQM' }[c];
  }
  function refreshRows() {
    for (const r of rows.values()) r.remove();
    rows.clear();
    drawRows();
  }
  function revealRow(a) {
    const i = visible.indexOf(a);
    if (i < 0) return;
    const top = i * ROW;
    if (top < listEl.scrollTop || top + ROW > listEl.scrollTop + listEl.clientHeight) listEl.scrollTop = top - listEl.clientHeight / 2 + ROW / 2;
    drawRows();
  }

  // ---------- views and routing ----------
  const main = $('main');
  let view = 'summary';
  const current = { a: null, f: null };
  function setView(name) {
    view = name;
    $('nav-summary').toggleAttribute('aria-current', false);
    $('nav-articles').toggleAttribute('aria-current', false);
    $(name === 'summary' ? 'nav-summary' : 'nav-articles').setAttribute('aria-current', 'page');
  }
  function go(hash, article) {
    if (location.hash === hash) route(); else location.hash = hash;
    if (article) revealRow(article);
  }
  function replaceHash(hash) {
    try { history.replaceState(null, '', hash); } catch (err) { /* file:// in some browsers */ }
  }
  function route() {
    const h = location.hash.slice(1);
    let parts = [];
    try { parts = h.split('/').map(decodeURIComponent); } catch (err) { parts = []; }
    if (parts[0] === 'a' && parts.length > 1) {
      const a = articleById.get(parts.slice(1).join('/'));
      if (a) { showArticle(a, null); return; }
    } else if (parts[0] === 'f' && parts.length > 1) {
      const f = findByAnchor(parts[1], parts.slice(2).join('/'));
      if (f) { showArticle(f.a, f); return; }
    } else if (parts[0] === 'articles') {
      const a = current.a || visible[0] || articles[0];
      if (a) { showArticle(a, current.f); return; }
    }
    showSummary();
  }
  function findByAnchor(fp, id) {
    const a = id ? articleById.get(id) : null;
    if (a) return a.findings.find((f) => f.fingerprint === fp) || null;
    return findings.find((f) => f.fingerprint === fp) || null;
  }
  const anchorOf = (f) => '#f/' + encodeURIComponent(f.fingerprint) + '/' + encodeURIComponent(f.a.key);
  function showArticle(a, f) {
    setView('article');
    const changed = current.a !== a;
    current.a = a;
    current.f = f;
    renderArticle(a, f, true);
    if (changed) { refreshRows(); revealRow(a); }
    document.title = a.id + ' · tqa report';
  }

  // ---------- article view ----------
  let markOf = [];
  function paragraphs(text) {
    const out = [];
    const re = /\n[ \t]*\n\s*/g;
    let pos = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > pos) out.push([pos, m.index]);
      pos = m.index + m[0].length;
    }
    if (pos < text.length) out.push([pos, text.length]);
    if (out.length === 1 && text.indexOf('\n') >= 0) {
      // One block with single line breaks: each line is a paragraph.
      const lines = [];
      let p = 0;
      for (const line of text.split('\n')) {
        if (line.trim()) lines.push([p, p + line.length]);
        p += line.length + 1;
      }
      return lines;
    }
    return out;
  }
  // Source paragraphs carry their offset into the source text, so that bilingual findings can light their source span.
  function blocksOf(t) {
    if (t.align && t.align.length) {
      let at = 0;
      return { bilingual: true, rows: t.align.map((x) => {
        const i = t.source ? t.source.indexOf(x[2], at) : -1;
        if (i >= 0) at = i + x[2].length;
        return { start: x[0], end: x[1], source: [{ text: x[2], start: i }] };
      }) };
    }
    const target = paragraphs(t.text);
    if (t.source === null || t.source === undefined) return { bilingual: false, rows: target.map((p) => ({ start: p[0], end: p[1], source: null })) };
    const source = paragraphs(t.source).map((p) => ({ text: t.source.slice(p[0], p[1]), start: p[0] }));
    if (source.length === target.length) return { bilingual: true, rows: target.map((p, i) => ({ start: p[0], end: p[1], source: [source[i]] })) };
    // Paragraphs do not pair up: the whole source beside the whole translation.
    const all = { start: target.length ? target[0][0] : 0, end: target.length ? target[target.length - 1][1] : 0, source: source, multi: target };
    return { bilingual: true, rows: [all] };
  }
  function renderArticle(a, focus, scroll) {
    const t = textOf(a);
    markOf = new Array(a.findings.length);
    const doc = el('article', { class: 'doc', 'data-article': a.n });
    const pos = visible.indexOf(a);
    doc.append(el('div', { class: 'crumbs' },
      el('a', { href: '#summary', text: 'Summary' }), el('span', { text: '›' }),
      el('span', { text: pos >= 0 ? 'Article ' + fmt(pos + 1) + ' of ' + fmt(visible.length) : 'Article (hidden by the filters)' }),
      el('button', { type: 'button', title: 'Previous article (p)', onclick: () => stepArticle(-1), text: '‹ Prev' }),
      el('button', { type: 'button', title: 'Next article (n)', onclick: () => stepArticle(1), text: 'Next ›' })));

    const meta = el('div', { class: 'meta' }, el('span', { class: 'mono', text: a.path }), el('span', { text: 'feed ' + a.feed }),
      el('span', { text: a.sourceLanguage + ' → ' + a.targetLanguage }), el('span', { text: plural(a.words, 'word') }));
    if (a.published) meta.append(el('span', { text: 'published ' + a.published.replace('T', ' ').replace(/:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, ' $2') }));
    if (a.status === 'unchanged') meta.append(el('span', { class: 'badge unchanged', text: 'unchanged' }));
    const mqm = el('div', { class: 'mqm' });
    if (a.mqm) {
      mqm.append(el('div', { class: 'small' }, 'MQM ', el('span', { class: 'badge ' + (a.mqm.pass ? 'pass' : 'fail'), text: a.mqm.pass ? 'pass' : 'fail' })),
        el('div', { class: 'score', text: a.mqm.score.toFixed(1) }),
        el('div', { class: 'small', text: 'penalty ' + a.mqm.penalty.toFixed(1) + ' / 1000 words' }));
    } else {
      mqm.append(el('div', { class: 'small', text: 'MQM' }), el('div', { class: 'score', text: '–' }), el('div', { class: 'small', text: a.status === 'error' ? 'not checked' : 'not scored' }));
    }
    doc.append(el('div', { class: 'head' }, el('div', null, el('h2', { text: a.id }), meta), mqm));

    if (a.notes.length) {
      const ul = el('ul', { class: 'notes' });
      for (const n of a.notes) ul.append(el('li', null, el('span', { class: 'badge note', text: n.label }), ' ', n.detail || ''));
      doc.append(ul);
    }
    if (a.diagnostics.length) {
      const ul = el('ul', { class: 'diags' });
      for (const d of a.diagnostics) ul.append(el('li', { class: d.severity }, el('span', { class: 'badge ' + d.severity, text: d.code }), ' ', el('b', { text: d.stage + ': ' }), d.message));
      doc.append(ul);
    }

    if (a.findings.length) {
      const legend = el('div', { class: 'legend' });
      for (const [cls] of countBy(a.findings, (f) => f.class)) legend.append(el('span', null, swatch(cls), cls));
      doc.append(legend);
    }

    const layout = blocksOf(t);
    const rowsEl = el('div', { class: 'rows' + (layout.bilingual ? ' bi' : '') });
    if (layout.bilingual) rowsEl.append(el('div', { class: 'cols' }, el('span', { text: 'Source (' + a.sourceLanguage + ')' }), el('span', { text: 'Translation (' + a.targetLanguage + ')' })));
    if (!t.text) rowsEl.append(el('div', { class: 'row' }, el('div', { class: 'tgt empty', text: a.status === 'error' ? 'No text: the article could not be read or checked.' : 'The article is empty.' })));
    for (const r of layout.rows) {
      const row = el('div', { class: 'row' });
      if (layout.bilingual) {
        const src = el('div', { class: 'src', lang: a.sourceLanguage });
        for (const p of r.source) { const para = el('p'); renderSource(a, p, para); src.append(para); }
        row.append(src);
      }
      const tgt = el('div', { class: 'tgt', lang: a.targetLanguage });
      if (r.multi) {
        for (const p of r.multi) { const para = el('p'); renderTarget(a, t, p[0], p[1], para); tgt.append(para); }
      } else {
        renderTarget(a, t, r.start, r.end, tgt);
      }
      row.append(tgt);
      rowsEl.append(row);
    }
    doc.append(rowsEl);

    if (a.findings.length) {
      doc.append(el('h3', { text: 'Findings (' + a.findings.length + ')' }));
      const list = el('ol', { class: 'flist' });
      for (const f of a.findings) {
        const d = decisionOf(f);
        list.append(el('li', { class: (f.on ? '' : 'off') + (f === focus ? ' cur' : ''), 'data-f': f.i, title: f.message, onclick: () => focusFinding(f, true) },
          swatch(f.class), el('span', { class: 't', text: f.text || '(at ' + f.start + ')' }), el('span', { class: 'r', text: f.class }),
          el('span', { class: 'sev ' + f.severity, text: f.severity }), el('span', { class: 'r mono', text: f.rule }),
          el('span', { class: 'dec ' + (d ? d.decision : ''), text: d ? (d.decision === 'confirmed' ? '✓ confirmed' : '✗ dismissed') : '' })));
      }
      doc.append(list);
    }
    main.replaceChildren(doc);
    if (scroll && !focus) main.scrollTop = 0;
    if (focus) focusFinding(focus, scroll);
  }

  // A source paragraph, with the source spans of bilingual findings lit in their class's colour.
  function renderSource(a, p, parent) {
    const end = p.start + p.text.length;
    const spans = p.start < 0 ? [] : a.findings.filter((f) => f.source && f.source.start < end && f.source.end > p.start).sort((x, y) => x.source.start - y.source.start);
    const base = Math.max(0, p.start);
    let pos = base;
    for (const f of spans) {
      const s = Math.max(f.source.start, base);
      const e = Math.min(f.source.end, end);
      if (s < pos) continue;
      if (s > pos) parent.append(p.text.slice(pos - base, s - base));
      parent.append(el('mark', { class: 'srcmark', 'data-sf': f.i, title: f.class + ': ' + f.message, style: { '--c': colourOf(f.class) }, text: p.text.slice(s - base, e - base) }));
      pos = e;
    }
    parent.append(p.text.slice(pos - base));
  }

  // Splits [bs, be) into sentences, and each sentence into segments by finding boundaries.
  function renderTarget(a, t, bs, be, parent) {
    const text = t.text;
    const sents = [];
    const s = t.sentences || [];
    for (let k = 0; k + 1 < s.length; k += 2) {
      const ss = Math.max(s[k], bs);
      const se = Math.min(s[k + 1], be);
      if (ss < se) sents.push([ss, se]);
    }
    if (!sents.length && bs < be) sents.push([bs, be]);
    const mine = a.findings.filter((f) => (f.start < be && f.end > bs) || (f.start === f.end && f.start >= bs && f.start <= be));
    let pos = bs;
    for (let k = 0; k < sents.length; k++) {
      const [ss, se] = sents[k];
      if (pos < ss) parent.append(text.slice(pos, ss));
      const span = el('span', { class: 'sent' });
      const last = k === sents.length - 1 ? be : se;
      renderSegments(text, ss, se, mine, span, last);
      parent.append(span);
      pos = se;
    }
    if (pos < be) parent.append(text.slice(pos, be));
  }
  function renderSegments(text, s, e, mine, parent, zeroLimit) {
    const inside = mine.filter((f) => (f.start < e && f.end > s) || (f.start === f.end && f.start >= s && (f.start < e || f.start === zeroLimit)));
    if (!inside.length) { parent.append(text.slice(s, e)); return; }
    const cuts = new Set([s, e]);
    for (const f of inside) { cuts.add(Math.max(f.start, s)); cuts.add(Math.min(f.end, e)); }
    const points = [...cuts].sort((x, y) => x - y);
    let flagged = false;
    for (let k = 0; k < points.length; k++) {
      const p = points[k];
      for (const f of inside) if (f.start === f.end && f.start === p) { parent.append(mark([f], '')); flagged = flagged || f.on; }
      if (k + 1 >= points.length) break;
      const q = points[k + 1];
      const cover = inside.filter((f) => f.start < q && f.end > p);
      if (!cover.length) { parent.append(text.slice(p, q)); continue; }
      parent.append(mark(cover, text.slice(p, q)));
      if (cover.some((f) => f.on)) flagged = true;
    }
    if (flagged) parent.classList.add('flagged');
  }
  function mark(cover, piece) {
    const active = cover.filter((f) => f.on);
    const pool = active.length ? active : cover;
    // The span's colour is its most severe, then narrowest, finding's.
    const top = pool.slice().sort((x, y) => (SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity]) || ((x.end - x.start) - (y.end - y.start)))[0];
    let cls = 'hl sev-' + top.severity;
    if (cover.length > 1) cls += ' multi';
    if (!active.length) cls += ' off';
    const ds = cover.map(decisionOf);
    if (ds.every((d) => d && d.decision === 'dismissed')) cls += ' dismissed';
    else if (ds.every((d) => d && d.decision === 'confirmed')) cls += ' confirmed';
    if (piece === '') cls += ' zero';
    const m = el('mark', { class: cls, 'data-f': cover.map((f) => f.i).join(' '), tabindex: '-1', title: cover.map((f) => f.class + ': ' + f.message).join('\n'), style: { '--c': colourOf(top.class) } });
    m.textContent = piece;
    for (const f of cover) if (!markOf[f.i]) markOf[f.i] = m;
    return m;
  }
  main.addEventListener('click', (e) => {
    const m = e.target.closest('mark.hl');
    if (!m || !current.a) return;
    const list = m.dataset.f.split(' ').map((i) => current.a.findings[+i]);
    const at = list.indexOf(current.f);
    const next = at >= 0 ? list[(at + 1) % list.length] : (list.find((f) => f.on) || list[0]);
    focusFinding(next, false);
  });

  function focusFinding(f, scroll) {
    if (current.a !== f.a) { showArticle(f.a, f); return; }
    current.f = f;
    setView('article');
    for (const m of main.querySelectorAll('mark.cur')) m.classList.remove('cur');
    for (const li of main.querySelectorAll('.flist li.cur')) li.classList.remove('cur');
    for (const r of main.querySelectorAll('.row.has-cur')) r.classList.remove('has-cur');
    const old = main.querySelector('.card');
    if (old) old.remove();
    const li = main.querySelector('.flist li[data-f="' + f.i + '"]');
    if (li) li.classList.add('cur');
    // Both spans lit: the flagged one and, for a bilingual finding, the source span it was compared with.
    for (const sm of main.querySelectorAll('mark.srcmark[data-sf="' + f.i + '"]')) sm.classList.add('cur');
    const m = markOf[f.i];
    const card = buildCard(f);
    if (m) {
      for (const other of main.querySelectorAll('mark.hl')) if (other.dataset.f.split(' ').indexOf(String(f.i)) >= 0) other.classList.add('cur');
      const row = m.closest('.row');
      row.classList.add('has-cur');
      row.after(card);
      if (scroll && !inView(m, card)) m.scrollIntoView({ block: 'center' });
      m.focus({ preventScroll: true });
    } else {
      main.querySelector('.rows').after(card);
      if (scroll) card.scrollIntoView({ block: 'center' });
    }
    replaceHash(anchorOf(f));
  }
  // Scrolling only when the span or its card is out of sight keeps the page from jumping.
  function inView(m, card) {
    const view = main.getBoundingClientRect();
    const top = m.getBoundingClientRect().top;
    const bottom = card.getBoundingClientRect().bottom;
    return top >= view.top + 8 && bottom <= view.bottom - 8;
  }
  function buildCard(f) {
    const d = decisionOf(f);
    const idx = nav.indexOf(f);
    const here = f.a.findings.filter((x) => x !== f && x.start < Math.max(f.end, f.start + 1) && Math.max(x.end, x.start + 1) > f.start);
    const reason = el('input', { type: 'text', class: 'reason', placeholder: 'Reason (needed to dismiss)', 'aria-label': 'Reason', value: d && d.reason ? d.reason : '' });
    const card = el('section', { class: 'card', 'aria-label': 'Finding', 'data-fingerprint': f.fingerprint, style: { '--c': colourOf(f.class) } },
      el('div', { class: 'h' }, swatch(f.class), el('span', { class: 'cls', text: f.class }), el('span', { class: 'sev ' + f.severity, text: f.severity }),
        el('span', { text: f.category }), el('span', { class: 'mono', text: f.rule }), el('span', { class: 'grow' }),
        el('span', { text: idx >= 0 ? 'finding ' + fmt(idx + 1) + ' of ' + fmt(nav.length) : 'hidden by the filters' }),
        el('a', { href: anchorOf(f), class: 'anchor', title: 'Link to this finding', text: '# link' }),
        el('button', { type: 'button', title: 'Close (Esc)', 'aria-label': 'Close', text: '×', onclick: closeCard })),
      el('p', { class: 'flagged' }, el('q', { text: f.text || '(nothing: a missing element at offset ' + f.start + ')' })),
      el('p', { class: 'msg', text: f.message }),
      f.source ? el('p', { class: 'srcq' }, el('b', { text: 'Source: ' }), el('q', { text: f.source.text })) : null,
      f.suggestion ? el('p', { class: 'sugg' }, el('b', { text: 'Suggestion: ' }), f.suggestion) : null);
    if (here.length) {
      const also = el('p', { class: 'also', text: 'Also here:' });
      for (const x of here) also.append(el('button', { type: 'button', text: x.class + ' (' + x.rule + ')', onclick: () => focusFinding(x, false) }));
      card.append(also);
    }
    const actions = el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'confirm', title: 'Confirm (c)', text: '✓ Confirm', onclick: () => decide(f, 'confirmed', reason.value.trim()) }),
      el('button', { type: 'button', class: 'dismiss', title: 'Dismiss as a false alarm (d)', text: '✗ Dismiss', onclick: () => decide(f, 'dismissed', reason.value.trim()) }),
      reason);
    if (d) {
      actions.append(el('span', { class: 'decided dec ' + d.decision, text: (d.decision === 'confirmed' ? 'Confirmed' : 'Dismissed') + (d.by ? ' by ' + d.by : '') + ' ' + d.at.slice(0, 16).replace('T', ' ') }),
        el('button', { type: 'button', class: 'undo', title: 'Undo (u)', text: 'Undo', onclick: () => decide(f, null) }));
    }
    card.append(actions, el('div', { class: 'fp mono', text: 'fingerprint ' + f.fingerprint }));
    return card;
  }
  function closeCard() {
    const card = main.querySelector('.card');
    if (card) card.remove();
    for (const m of main.querySelectorAll('mark.cur')) m.classList.remove('cur');
    current.f = null;
    if (current.a) replaceHash('#a/' + encodeURIComponent(current.a.key));
  }
  function afterDecision(f) {
    $('export-count').textContent = fmt(decidedCount());
    if (state.review) {
      applyFilters();
    } else {
      refreshRows();
      if (view === 'article' && current.a) renderArticle(current.a, current.f, false);
    }
  }

  // ---------- navigation ----------
  function step(dir) {
    if (!nav.length) { toast('No finding matches the filters.'); return; }
    let i = current.f ? nav.indexOf(current.f) : -1;
    if (i < 0 && current.a) {
      // From an article without a current finding: its first (or the previous article's last) finding.
      const after = nav.findIndex((f) => f.a.n > current.a.n || (f.a === current.a));
      i = dir > 0 ? (after < 0 ? nav.length : after) - 1 : (after < 0 ? nav.length : after);
    }
    const j = i + dir;
    if (j < 0 || j >= nav.length) { toast(dir > 0 ? 'That was the last finding.' : 'That was the first finding.'); return; }
    const f = nav[j];
    if (current.a !== f.a) { showArticle(f.a, f); } else { focusFinding(f, true); }
  }
  function stepArticle(dir) {
    if (!visible.length) return;
    const i = current.a ? visible.indexOf(current.a) : -1;
    const j = i < 0 ? 0 : i + dir;
    if (j < 0 || j >= visible.length) { toast(dir > 0 ? 'That was the last article.' : 'That was the first article.'); return; }
    showArticle(visible[j], null);
    replaceHash('#a/' + encodeURIComponent(visible[j].key));
  }
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = e.target && e.target.tagName;
    const typing = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
    if (e.key === 'Escape') {
      if (!$('help').hidden) { $('help').hidden = true; return; }
      if (typing) { e.target.blur(); return; }
      closeCard();
      return;
    }
    if (typing) return;
    const actions = {
      j: () => step(1), k: () => step(-1), n: () => stepArticle(1), p: () => stepArticle(-1),
      c: () => decideCurrent('confirmed'), d: () => decideCurrent('dismissed'), u: () => decideCurrent(null),
      '/': () => $('search').focus(), s: () => go('#summary'), '?': () => { $('help').hidden = !$('help').hidden; },
    };
    const act = actions[e.key];
    if (act) { e.preventDefault(); act(); }
  });
  function decideCurrent(decision) {
    if (!current.f || view !== 'article') { toast('Open a finding first (j).'); return; }
    if (!decide(current.f, decision, decision ? cardReason() : '')) return;
    toast(decision === 'confirmed' ? 'Confirmed.' : decision === 'dismissed' ? 'Dismissed as a false alarm.' : 'Decision undone.');
  }
  function cardReason() {
    const input = main.querySelector('.card .reason');
    return input ? input.value.trim() : '';
  }

  // ---------- summary view ----------
  function tile(value, label, cls) { return el('div', { class: 'tile' + (cls ? ' ' + cls : '') }, el('div', { class: 'v', text: value }), el('div', { class: 'k', text: label })); }
  function bars(counts, colour, onpick, order) {
    const box = el('div', { class: 'bars' });
    const entries = Object.entries(counts || {}).sort(order || ((p, q) => q[1] - p[1]));
    // The scale is the largest count, wherever the order puts it (severities are listed by rank).
    const max = Math.max(1, ...entries.map((e) => e[1]));
    for (const [key, n] of entries) {
      const c = colour(key);
      box.append(el('button', { type: 'button', title: 'Show ' + key, onclick: () => onpick(key) }, c ? el('span', { class: 'swatch', style: { '--c': c } }) : null, key),
        el('div', { class: 'bar', style: { width: (100 * n / max) + '%', '--c': c || '#8aa4d6' } }),
        el('span', { class: 'n', text: fmt(n) }));
    }
    if (!entries.length) box.append(el('span', { text: 'none' }));
    return box;
  }
  function showSummary() {
    setView('summary');
    current.f = null;
    document.title = 'tqa report';
    const s = summary;
    const root = el('section', { class: 'summary' });
    root.append(el('h2', { text: 'Run summary' }),
      el('p', { class: 'sub', text: (s.tool || 'tqa') + ' · generated ' + (s.generatedAt || '').replace('T', ' ').slice(0, 16) + ' UTC · ' + (s.elapsedSeconds !== undefined ? s.elapsedSeconds + ' s' : '') }));
    if (s.interrupted) root.append(el('div', { class: 'banner warnb', text: 'The run was interrupted: this report covers only the articles finished before it stopped.' }));
    const breaches = s.thresholdBreaches || [];
    if (breaches.length) {
      const ul = el('ul');
      for (const b of breaches) ul.append(el('li', { text: b }));
      root.append(el('div', { class: 'banner bad' }, 'Quality threshold broken', ul));
    } else {
      root.append(el('div', { class: 'banner ok', text: 'Quality threshold met' }));
    }
    const tiles = el('div', { class: 'tiles' },
      tile(fmt(s.articles || 0), 'articles'), tile(fmt(s.checked || 0), 'checked'),
      tile(fmt(s.passed || 0), 'passed MQM', 'good'), tile(fmt(s.failed || 0), 'failed MQM', s.failed ? 'bad' : ''),
      tile(fmt(s.errors || 0), 'not checked', s.errors ? 'bad' : ''), tile(fmt(s.findings || 0), 'findings'),
      tile(fmt(s.words || 0), 'words'));
    if (s.unchanged) tiles.append(tile(fmt(s.unchanged), 'unchanged'));
    for (const fact of s.facts || []) tiles.append(tile(fact.value, fact.label));
    root.append(tiles);

    const grid = el('div', { class: 'grid2' });
    const pick = (kind) => (key) => { setFilter(kind, key); const a = visible[0]; if (a) go('#a/' + encodeURIComponent(a.key), a); };
    grid.append(el('div', { class: 'box' }, el('h3', { text: 'Findings by class' }), bars(s.byClass, colourOf, pick('class'))));
    grid.append(el('div', { class: 'box' }, el('h3', { text: 'Findings by severity' }), bars(s.bySeverity, (k) => getComputedStyle(document.documentElement).getPropertyValue('--' + k).trim() || null, pick('severity'), (p, q) => (SEVERITY_RANK[q[0]] || 0) - (SEVERITY_RANK[p[0]] || 0)),
      el('h3', { text: 'Findings by rule', style: { 'margin-top': '14px' } }), bars(topN(s.byRule, 10), () => null, pick('rule'))));
    grid.append(mqmBox());
    const trendBox = trendChart(trend);
    if (trendBox) grid.append(trendBox);
    const errors = articles.filter((a) => a.status === 'error');
    if (errors.length) grid.append(articleListBox('Articles not checked (' + fmt(errors.length) + ')', errors, (a) => (a.diagnostics.find((d) => d.severity === 'error') || a.diagnostics[0] || { message: '' }).message));
    for (const [label] of noteLabels()) {
      const list = articles.filter((a) => a.notes.some((n) => n.label === label));
      grid.append(articleListBox(label + ' articles (' + fmt(list.length) + ')', list, (a) => (a.notes.find((n) => n.label === label).detail || '')));
    }
    const stages = el('table', { class: 'small' });
    // Stage times are summed over threads, so they can add up to more than the wall time shown under them.
    for (const [k, v] of Object.entries(s.stageSeconds || {})) stages.append(el('tr', null, el('td', { text: k }), el('td', { text: v.toFixed(3) + ' CPU s' })));
    if (s.elapsedSeconds !== undefined) stages.append(el('tr', { class: 'wall' }, el('td', { text: 'whole run (wall time)' }), el('td', { text: Number(s.elapsedSeconds).toFixed(3) + ' s' })));
    grid.append(el('div', { class: 'box' }, el('h3', { text: 'Time per stage (CPU seconds, summed over threads)' }), stages));
    root.append(grid);
    main.replaceChildren(root);
    main.scrollTop = 0;
    refreshRows();
  }
  function topN(counts, n) {
    return Object.fromEntries(Object.entries(counts || {}).sort((p, q) => q[1] - p[1]).slice(0, n));
  }
  function articleListBox(title, list, detail) {
    const ul = el('ul', { class: 'plain' });
    for (const a of list.slice(0, 50)) ul.append(el('li', null, el('a', { href: '#a/' + encodeURIComponent(a.key), text: a.id }), el('span', { class: 'grow', text: detail(a), title: detail(a) })));
    if (list.length > 50) ul.append(el('li', { text: '… and ' + fmt(list.length - 50) + ' more (use the Status filter)' }));
    return el('div', { class: 'box' }, el('h3', { text: title }), ul);
  }
  function mqmBox() {
    const scores = articles.filter((a) => a.mqm).map((a) => a.mqm.score).sort((x, y) => x - y);
    const box = el('div', { class: 'box' }, el('h3', { text: 'MQM scores' }));
    if (!scores.length) { box.append(el('p', { text: 'No article was scored.' })); return box; }
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    const median = scores[Math.floor(scores.length / 2)];
    box.append(el('div', { class: 'stats' },
      el('span', null, el('b', { text: mean.toFixed(1) }), 'mean'), el('span', null, el('b', { text: median.toFixed(1) }), 'median'),
      el('span', null, el('b', { text: scores[0].toFixed(1) }), 'lowest')));
    const edges = [0, 50, 75, 90, 95, 98, 100];
    const counts = new Array(edges.length).fill(0);
    for (const v of scores) {
      let b = edges.length - 1;
      if (v < 100) { b = 0; while (b + 1 < edges.length - 1 && v >= edges[b + 1]) b++; }
      counts[b]++;
    }
    const labels = ['<50', '50–75', '75–90', '90–95', '95–98', '98–100', '100'];
    const w = 420, h = 120, bw = w / counts.length;
    const max = Math.max(...counts, 1);
    const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + (h + 30), role: 'img', 'aria-label': 'MQM score histogram' });
    counts.forEach((n, i) => {
      const bh = n ? Math.max(2, (h - 14) * n / max) : 0;
      chart.append(svg('rect', { x: i * bw + 6, y: h - bh, width: bw - 12, height: bh, rx: 3, fill: i < 2 ? '#e03131' : (i < 4 ? '#f08c00' : '#2b8a3e') }, svg('title', null, labels[i] + ': ' + n + ' articles')));
      chart.append(svg('text', { x: i * bw + bw / 2, y: h - bh - 3, 'text-anchor': 'middle' }, n ? String(n) : ''));
      chart.append(svg('text', { x: i * bw + bw / 2, y: h + 16, 'text-anchor': 'middle' }, labels[i]));
    });
    box.append(chart);
    const worst = articles.filter((a) => a.mqm && !a.mqm.pass).sort((x, y) => x.mqm.score - y.mqm.score).slice(0, 5);
    if (worst.length) {
      const ul = el('ul', { class: 'plain' });
      for (const a of worst) ul.append(el('li', null, el('a', { href: '#a/' + encodeURIComponent(a.key), text: a.id }), el('span', { class: 'grow' }), el('span', { text: a.mqm.score.toFixed(1) })));
      box.append(el('h3', { text: 'Lowest scores', style: { 'margin-top': '10px' } }), ul);
    }
    return box;
  }
  function trendChart(points) {
    if (!Array.isArray(points) || !points.length) return null;
    const w = 760, h = 200, left = 44, right = 52, top = 14, bottom = 28;
    const iw = w - left - right, ih = h - top - bottom;
    const maxF = Math.max(...points.map((p) => p.findings), 1);
    const bw = Math.max(3, Math.min(28, iw / points.length * 0.6));
    // Bars stay inside the axes: the first and last centres sit half a bar (plus a gap) in.
    const x = (i) => left + bw / 2 + 4 + (points.length === 1 ? (iw - bw - 8) / 2 : i * (iw - bw - 8) / (points.length - 1));
    const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': 'Trend of the last nights' });
    for (const v of [0, 0.5, 1]) {
      const y = top + ih * (1 - v);
      chart.append(svg('line', { x1: left, x2: w - right, y1: y, y2: y, stroke: '#e6e9ee' }));
      chart.append(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, Math.round(v * 100) + '%'));
      chart.append(svg('text', { x: w - right + 6, y: y + 4 }, fmt(Math.round(maxF * v))));
    }
    points.forEach((p, i) => {
      const bh = ih * p.findings / maxF;
      chart.append(svg('rect', { x: x(i) - bw / 2, y: top + ih - bh, width: bw, height: bh, fill: '#c5d3ee', rx: 2 },
        svg('title', null, p.date + ': ' + fmt(p.findings) + ' findings in ' + fmt(p.articles) + ' articles')));
    });
    const path = points.map((p, i) => (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + (top + ih * (1 - p.passRate)).toFixed(1)).join(' ');
    chart.append(svg('path', { d: path, fill: 'none', stroke: '#2457c5', 'stroke-width': 2 }));
    points.forEach((p, i) => {
      chart.append(svg('circle', { cx: x(i), cy: top + ih * (1 - p.passRate), r: 3.5, fill: '#2457c5' },
        svg('title', null, p.date + ': ' + (100 * p.passRate).toFixed(1) + '% passed, ' + fmt(p.articles) + ' articles, ' + fmt(p.findings) + ' findings')));
    });
    const every = Math.max(1, Math.ceil(points.length / 8));
    points.forEach((p, i) => {
      const last = points.length - 1;
      if (i === last || (i % every === 0 && last - i >= every / 2 + 0.5)) chart.append(svg('text', { x: x(i), y: h - 8, 'text-anchor': 'middle' }, p.date.slice(5)));
    });
    return el('div', { class: 'box wide', id: 'trend' }, el('h3', { text: 'Last ' + plural(points.length, 'night') }), chart,
      el('div', { class: 'chart-legend' }, el('span', null, el('i', { style: { background: '#2457c5' } }), 'pass rate'), el('span', null, el('i', { style: { background: '#c5d3ee', height: '8px' } }), 'findings')));
  }

  // ---------- odds and ends ----------
  let toastTimer = 0;
  function toast(message) {
    const t = $('toast');
    t.textContent = message;
    t.classList.add('show');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => t.classList.remove('show'), 2200);
  }
  let searchTimer = 0;
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { state.q = $('search').value; applyFilters(); }, 150);
  });
  $('search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { clearTimeout(searchTimer); state.q = $('search').value; applyFilters(); const a = visible[0]; if (a) go('#a/' + encodeURIComponent(a.key), a); }
  });
  $('reviewer').value = reviewer;
  $('reviewer').addEventListener('input', () => {
    reviewer = $('reviewer').value.trim();
    try { localStorage.setItem(WHO_KEY, reviewer); } catch (err) { /* kept for this page only */ }
  });
  $('export').addEventListener('click', download);
  $('help-button').addEventListener('click', () => { $('help').hidden = !$('help').hidden; });
  $('help').addEventListener('click', (e) => { if (e.target === $('help')) $('help').hidden = true; });
  window.addEventListener('hashchange', route);
  window.addEventListener('storage', (e) => {
    if (e.key !== STORE_KEY) return;
    loadDecisions();
    afterDecision(null);
  });

  // ---------- start ----------
  buildFilters();
  applyFilters();
  $('export-count').textContent = fmt(decidedCount());
  route();
  metrics.readyMs = performance.now();
  requestAnimationFrame(() => setTimeout(() => {
    metrics.readyPaintMs = performance.now();
    document.documentElement.setAttribute('data-ready', '1');
  }, 0));

  // A small, read-only hook for tests and scripts.
  window.tqa = Object.freeze({
    metrics: metrics,
    exportDecisions: exportDecisions,
    articleCount: () => articles.length,
    findingCount: () => findings.length,
    visibleCount: () => visible.length,
    matchingFindings: () => matching,
    current: () => (current.f ? { article: current.a.key, fingerprint: current.f.fingerprint } : (current.a ? { article: current.a.key, fingerprint: null } : null)),
  });
})();
