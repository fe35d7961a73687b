// claimcheck HTML report: renders the JSON in the script.report-data elements (one
// document cut in pieces) with plain DOM calls.
// Text from articles only ever enters the page as text nodes, never as markup.
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const SEVERITIES = ["contradiction", "discrepancy", "variant", "agreement"];
  const KINDS = ["quantity", "date", "attribution"];
  const VERDICTS = ["none", "confirmed", "reconciled", "dismissed"];
  const VERDICT_LABEL = { none: "no verdict", confirmed: "confirmed", reconciled: "reconciled", dismissed: "dismissed" };
  // Rows are added in chunks so that thousands of findings never block the page.
  const CHUNK = 150;

  // Marks for measuring large reports (docs/testing.md).
  performance.mark("claimcheck-start");
  const data = JSON.parse(Array.from(document.querySelectorAll("script.report-data"), (s) => s.textContent).join(""));
  performance.mark("claimcheck-parsed");
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  // Claims are stored once; findings point at them with [index, side].
  const evidence = data.evidence;
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) node.append(c instanceof Node ? c : String(c));
    return node;
  }

  // Lower case without accents, so "koursk" finds "Koursk" and "etats" finds "États".
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function unique(xs) {
    return [...new Set(xs)];
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many || one + "s");
  }

  // A finding's sides with their evidence, built when a row is drawn.
  function sidesOf(f) {
    return f.sides.map(([i, cluster]) => Object.assign({ cluster }, evidence[i]));
  }

  // What the filters need, computed once.
  const rows = data.findings.map((f, index) => {
    const verdict = f.verdict ? f.verdict.status : "none";
    return {
      f, index, verdict,
      arts: unique(f.sides.map((s) => evidence[s[0]].article)),
      sevRank: SEVERITIES.indexOf(f.severity),
      hay: null, // the search text, folded: see indexSome
    };
  });
  const claimHay = new Array(evidence.length);
  performance.mark("claimcheck-indexed");

  // Folding the search texts of a large report takes seconds, so it runs in slices
  // after the first rows are shown; a search before it is done finishes it first.
  let rowsFolded = 0;
  let claimsFolded = 0;
  function indexSome(budget) {
    const stop = performance.now() + budget;
    while (claimsFolded < evidence.length && performance.now() < stop) {
      for (const end = Math.min(evidence.length, claimsFolded + 500); claimsFolded < end; claimsFolded++) {
        const c = evidence[claimsFolded];
        claimHay[claimsFolded] = fold([c.text, c.value, c.quote, c.attribution].filter(Boolean).join("\n"));
      }
    }
    while (rowsFolded < rows.length && performance.now() < stop) {
      for (const end = Math.min(rows.length, rowsFolded + 500); rowsFolded < end; rowsFolded++) {
        const r = rows[rowsFolded];
        const f = r.f;
        r.hay = fold([f.id, f.subject, f.explanation, f.kind, f.severity, VERDICT_LABEL[r.verdict],
          f.verdict && f.verdict.note, ...r.arts].filter(Boolean).join("\n"));
        r.subject = fold(f.subject);
      }
    }
    return rowsFolded === rows.length && claimsFolded === evidence.length;
  }
  function indexInBackground() {
    if (!indexSome(12)) setTimeout(indexInBackground, 0);
    else performance.mark("claimcheck-searchable");
  }

  // ---- Summary -------------------------------------------------------------

  function countBy(key) {
    const m = new Map();
    for (const r of rows) m.set(key(r), (m.get(key(r)) || 0) + 1);
    return m;
  }

  function badge(severity) {
    return el("span", { class: "sev sev-" + severity }, severity);
  }

  function verdictBadge(status) {
    return el("span", { class: "verdict verdict-" + status }, VERDICT_LABEL[status]);
  }

  function summaryList(title, order, counts, render, select) {
    const list = el("ul");
    for (const k of order) {
      if (!counts.get(k)) continue;
      const pick = el("button", { type: "button", title: "Show only " + k }, render(k));
      pick.addEventListener("click", () => {
        select.value = k;
        apply();
        $("findings").scrollIntoView({ block: "start" });
      });
      list.append(el("li", {}, pick, el("span", {}, counts.get(k))));
    }
    return el("div", { class: "card" }, el("h2", {}, title), list);
  }

  function renderSummary() {
    const n = rows.length;
    $("overview").textContent =
      plural(n, "finding") + " in " + plural(data.articles.length, "article") +
      " (" + plural(data.claims, "claim") + " read)";
    const bySev = countBy((r) => r.f.severity);
    const byKind = countBy((r) => r.f.kind);
    const byVerdict = countBy((r) => r.verdict);
    const big = (label, value) =>
      el("div", { class: "card" }, el("h2", {}, label), el("div", { class: "big" }, value));
    $("summary").append(
      big("Articles", data.articles.length),
      big("Claims", data.claims),
      big("Findings", n),
      summaryList("By severity", SEVERITIES, bySev, badge, $("f-severity")),
      summaryList("By kind", KINDS, byKind, (k) => el("span", { class: "label" }, k), $("f-kind")),
      summaryList("Verdicts", VERDICTS, byVerdict, verdictBadge, $("f-verdict")),
    );
  }

  // ---- Filters -------------------------------------------------------------

  function fillSelect(select, order, counts, label) {
    select.append(el("option", { value: "" }, "All (" + rows.length + ")"));
    for (const k of order) {
      if (counts.get(k)) select.append(el("option", { value: k }, label(k) + " (" + counts.get(k) + ")"));
    }
  }

  function renderFilters() {
    fillSelect($("f-severity"), SEVERITIES, countBy((r) => r.f.severity), (k) => k);
    fillSelect($("f-kind"), KINDS, countBy((r) => r.f.kind), (k) => k);
    fillSelect($("f-verdict"), VERDICTS, countBy((r) => r.verdict), (k) => VERDICT_LABEL[k]);
    const perArticle = new Map();
    for (const r of rows) for (const a of r.arts) perArticle.set(a, (perArticle.get(a) || 0) + 1);
    fillSelect($("f-article"), data.articles.map((a) => a.id).sort(), perArticle, (k) => k);
    const subjects = $("subjects");
    // A datalist of thousands of entries helps nobody; the first few hundred do.
    for (const s of unique(rows.map((r) => r.f.subject)).sort().slice(0, 400)) {
      subjects.append(el("option", { value: s }));
    }
    for (const id of ["f-severity", "f-kind", "f-article", "f-verdict"]) {
      $(id).addEventListener("change", apply);
    }
    let timer = 0;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(apply, rows.length > 2000 ? 150 : 60);
    };
    $("q").addEventListener("input", later);
    // Enter applies at once, without waiting for the typing pause.
    $("q").addEventListener("change", apply);
    $("f-subject").addEventListener("input", later);
    $("filters").addEventListener("reset", () => setTimeout(apply, 0));
    document.addEventListener("keydown", (e) => {
      const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
      if (e.key === "/" && !typing) {
        e.preventDefault();
        $("q").focus();
      }
    });
  }

  // ---- Table ---------------------------------------------------------------

  let shown = rows;
  let rendered = 0;
  let sortKey = null;
  let sortDir = 1;

  const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
  const SORTS = {
    severity: (a, b) => b.sevRank - a.sevRank, // ascending: least severe first
    kind: (a, b) => collator.compare(a.f.kind, b.f.kind),
    subject: (a, b) => collator.compare(a.f.subject, b.f.subject),
    article: (a, b) => collator.compare(a.arts[0] || "", b.arts[0] || ""),
    verdict: (a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict),
  };

  function apply() {
    const terms = fold($("q").value).split(/\s+/).filter(Boolean);
    const sev = $("f-severity").value;
    const kind = $("f-kind").value;
    const art = $("f-article").value;
    const ver = $("f-verdict").value;
    const subj = fold($("f-subject").value.trim());
    if (terms.length || subj) indexSome(Infinity);
    // Each word is looked for once in each claim, then findings check their sides.
    const inClaims = terms.map((t) => {
      const hit = new Uint8Array(evidence.length);
      claimHay.forEach((h, i) => { if (h.includes(t)) hit[i] = 1; });
      return hit;
    });
    shown = rows.filter((r) =>
      (!sev || r.f.severity === sev) &&
      (!kind || r.f.kind === kind) &&
      (!ver || r.verdict === ver) &&
      (!art || r.arts.includes(art)) &&
      (!subj || r.subject.includes(subj)) &&
      terms.every((t, k) => r.hay.includes(t) || r.f.sides.some((s) => inClaims[k][s[0]] === 1)));
    if (sortKey) {
      const cmp = SORTS[sortKey];
      shown = shown.slice().sort((a, b) => sortDir * cmp(a, b) || a.index - b.index);
    }
    const tbody = document.querySelector("#findings tbody");
    tbody.textContent = "";
    rendered = 0;
    renderMore();
    $("count").textContent = shown.length === rows.length
      ? "Showing all " + plural(rows.length, "finding")
      : shown.length + " of " + plural(rows.length, "finding") + " match";
  }

  function valuesCell(f) {
    const cell = el("td", { class: "values", "data-label": "Values" });
    const sides = sidesOf(f);
    const clusters = unique(sides.map((c) => c.cluster)).sort((a, b) => a - b);
    clusters.forEach((k, i) => {
      if (i > 0) cell.append(el("span", { class: "vs" }, "vs"));
      cell.append(unique(sides.filter((c) => c.cluster === k).map((c) => c.value)).join(" / "));
    });
    return cell;
  }

  function row(r) {
    const f = r.f;
    const open = el("button", {
      type: "button", class: "open-row", "aria-expanded": "false", "aria-controls": "detail-" + r.index,
    }, f.subject);
    const arts = r.arts.length > 3
      ? r.arts.slice(0, 3).join(", ") + " +" + (r.arts.length - 3)
      : r.arts.join(", ");
    const tr = el("tr", { class: "finding", "data-index": r.index },
      el("td", { "data-label": "Severity" }, badge(f.severity)),
      el("td", { "data-label": "Kind" }, f.kind),
      el("td", { "data-label": "Subject" }, open),
      valuesCell(f),
      el("td", { class: "articles", "data-label": "Articles" }, arts),
      el("td", { "data-label": "Verdict" }, verdictBadge(r.verdict)));
    open.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && opened.has(r.index)) toggle(tr, r);
    });
    tr.addEventListener("click", (e) => {
      // Links and text selections inside the row keep their own meaning.
      if (e.target.closest("a") || String(window.getSelection())) return;
      toggle(tr, r);
    });
    return tr;
  }

  function renderMore() {
    const tbody = document.querySelector("#findings tbody");
    const frag = document.createDocumentFragment();
    const end = Math.min(shown.length, rendered + CHUNK);
    for (let i = rendered; i < end; i++) {
      const tr = row(shown[i]);
      frag.append(tr);
      // Evidence a reader opened stays open across filtering and sorting.
      if (opened.has(shown[i].index)) frag.append(detailRow(tr, shown[i]));
    }
    tbody.append(frag);
    rendered = end;
    const more = $("more");
    more.hidden = rendered >= shown.length;
    more.textContent = "Show more (" + (shown.length - rendered) + " left)";
  }

  function renderSortHeaders() {
    for (const th of document.querySelectorAll("#findings th[data-sort]")) {
      const key = th.dataset.sort;
      const b = el("button", { type: "button" }, th.textContent);
      th.textContent = "";
      th.append(b);
      b.addEventListener("click", () => {
        sortDir = sortKey === key ? -sortDir : 1;
        sortKey = key;
        for (const other of document.querySelectorAll("#findings th[data-sort]")) other.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
        apply();
      });
    }
  }

  // ---- Evidence ------------------------------------------------------------

  const opened = new Set();

  function detailRow(tr, r) {
    const button = tr.querySelector("button.open-row");
    const detail = el("tr", { class: "detail", id: "detail-" + r.index },
      el("td", { colspan: "6" }, evidencePanel(r.f)));
    detail.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        toggle(tr, r);
        button.focus();
      }
    });
    tr.classList.add("open");
    button.setAttribute("aria-expanded", "true");
    return detail;
  }

  function toggle(tr, r) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("detail")) {
      next.remove();
      opened.delete(r.index);
      tr.classList.remove("open");
      tr.querySelector("button.open-row").setAttribute("aria-expanded", "false");
      return;
    }
    opened.add(r.index);
    tr.after(detailRow(tr, r));
  }

  function highlighted(quote, text) {
    const q = el("blockquote");
    let at = quote.indexOf(text);
    if (at < 0) at = quote.toLowerCase().indexOf(text.toLowerCase());
    if (at < 0 || !text) {
      q.append(quote);
      return q;
    }
    q.append(quote.slice(0, at), el("mark", {}, quote.slice(at, at + text.length)), quote.slice(at + text.length));
    return q;
  }

  function safeUrl(url) {
    return url && /^https?:\/\//i.test(url) ? url : null;
  }

  function sideLabel(f, cluster) {
    const clusters = unique(f.sides.map((s) => s[1]));
    if (clusters.length < 2) return "agrees";
    return "side " + String.fromCharCode(65 + cluster);
  }

  function sideCard(f, side) {
    const a = articles.get(side.article) || { id: side.article };
    const url = safeUrl(a.url);
    const title = a.title || a.id;
    const heading = url
      ? el("a", { href: url, "data-href": url, rel: "noopener noreferrer", target: "_blank" }, title)
      : title;
    const meta = [a.id, a.published && "published " + a.published, a.outlet, a.lang].filter(Boolean).join(" · ");
    const names = (side.entities || []).map((id) => data.entities[id] || id);
    const dl = el("dl", {},
      el("dt", {}, "As written"), el("dd", {}, "«" + side.text + "»"),
      el("dt", {}, "Normalized"), el("dd", {}, side.value),
      el("dt", {}, "Where"), el("dd", {}, (a.path ? a.path + " " : "") + "line " + side.line + ", column " + side.column),
      el("dt", {}, "Attribution"), el("dd", {}, side.attribution ? "«" + side.attribution + "»" : "none given"));
    if (names.length) dl.append(el("dt", {}, "Entities"), el("dd", {}, names.join(", ")));
    return el("div", { class: "side cluster-" + Math.min(side.cluster, 2) },
      el("span", { class: "side-label" }, sideLabel(f, side.cluster)),
      el("h3", {}, heading),
      el("p", { class: "meta" }, meta),
      highlighted(side.quote, side.text),
      dl);
  }

  function evidencePanel(f) {
    const sides = sidesOf(f);
    const box = el("div", {});
    box.append(el("p", { class: "explanation" },
      badge(f.severity), " ", el("strong", {}, f.kind), ": ", f.explanation, " ",
      el("span", { class: "fid" }, f.id)));
    if (f.verdict) {
      const v = f.verdict;
      box.append(el("p", { class: "verdict-note" },
        el("strong", {}, "Verdict: "), verdictBadge(v.status),
        v.reviewer ? " by " + v.reviewer : "", v.date ? " on " + v.date : "",
        v.note ? " — " + v.note : ""));
    }
    const order = sides.map((c, i) => i).sort((i, j) => sides[i].cluster - sides[j].cluster || i - j);
    const cards = el("div", { class: "evidence" });
    for (const i of order) cards.append(sideCard(f, sides[i]));
    box.append(cards, graphFigure(f, sides));
    return box;
  }

  // ---- Claim graph -----------------------------------------------------------

  function fit(s, n) {
    s = String(s);
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  // Articles on the left, the values they state in the middle (grouped by side, the
  // sides apart, the conflict between them), the entities that tie the claims on the right.
  function graphFigure(f, sides) {
    const arts = unique(sides.map((c) => c.article));
    const values = [];
    const valueOf = new Map();
    sides.forEach((c) => {
      const key = c.cluster + "\u0000" + c.value;
      if (!valueOf.has(key)) {
        valueOf.set(key, values.length);
        values.push({ cluster: c.cluster, value: c.value, texts: [], arts: new Set(), ents: new Set() });
      }
      const v = values[valueOf.get(key)];
      v.texts.push(c.text);
      v.arts.add(c.article);
      for (const e of c.entities || []) v.ents.add(e);
    });
    values.sort((a, b) => a.cluster - b.cluster);
    const entCount = new Map();
    for (const v of values) for (const e of v.ents) entCount.set(e, (entCount.get(e) || 0) + 1);
    const allEnts = [...entCount.keys()].sort((a, b) => entCount.get(b) - entCount.get(a) || a.localeCompare(b));
    const ents = allEnts.slice(0, 12);

    // The value column has a gap slot between sides, where the conflict is drawn.
    const slots = [];
    values.forEach((v, i) => {
      if (i > 0 && v.cluster !== values[i - 1].cluster) slots.push({ gap: true });
      slots.push(v);
    });
    const W = 760, ROW = 46, TOP = 34, NODE_H = 34;
    const col = { art: { x: 8, w: 190 }, val: { x: 270, w: 190 }, ent: { x: 570, w: 180 } };
    const n = Math.max(arts.length, slots.length, ents.length, 1);
    const H = TOP + n * ROW + 8;
    const yOf = (i, count) => TOP + (n - count) * ROW / 2 + i * ROW + ROW / 2;
    const root = svg("svg", {
      viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Claim graph: " + plural(arts.length, "article") + ", " +
        plural(values.length, "value") + ", " + plural(ents.length, "entity", "entities"),
    });
    root.append(svg("defs", {},
      svg("pattern", { id: "hatch", width: "6", height: "6", patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        svg("rect", { width: "6", height: "6", fill: "#fde9dc" }),
        svg("line", { x1: "0", y1: "0", x2: "0", y2: "6", stroke: "#eda77f", "stroke-width": "1.5" }))));
    const head = (c, label) => root.append(svg("text", { x: c.x, y: 16, class: "small" }, label));
    head(col.art, "Articles");
    head(col.val, "Values (by side)");
    head(col.ent, allEnts.length > ents.length ? "Entities (" + ents.length + " of " + allEnts.length + ")" : "Entities");

    const edges = svg("g", {});
    const nodes = svg("g", {});
    root.append(edges, nodes);
    const curve = (x1, y1, x2, y2, cls) => {
      const mx = (x1 + x2) / 2;
      edges.append(svg("path", { d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`, class: cls }));
    };
    const artY = new Map(arts.map((a, i) => [a, yOf(i, arts.length)]));
    const entY = new Map(ents.map((e, i) => [e, yOf(i, ents.length)]));
    slots.forEach((v, i) => { v.y = yOf(i, slots.length); });
    for (const v of values) {
      for (const a of v.arts) curve(col.art.x + col.art.w, artY.get(a), col.val.x, v.y, "e-makes");
      for (const e of v.ents) if (entY.has(e)) curve(col.val.x + col.val.w, v.y, col.ent.x, entY.get(e), "e-names");
    }
    // Between two sides: a dashed conflict line and the finding's severity, in words.
    const mid = col.val.x + col.val.w / 2;
    slots.forEach((g, i) => {
      if (!g.gap) return;
      const top = slots[i - 1].y + NODE_H / 2, bottom = slots[i + 1].y - NODE_H / 2;
      edges.append(svg("path", { d: `M${mid},${top} L${mid},${bottom}`, class: "e-conflict" }));
      const label = (f.severity === "contradiction" ? "≠ " : "≉ ") + f.severity;
      nodes.append(svg("g", { class: "conflict" },
        svg("rect", { x: mid - 62, y: g.y - 10, width: 124, height: 20, rx: 10, class: "conflict-box" }),
        svg("text", { x: mid, y: g.y + 4, "text-anchor": "middle", class: "conflict-label" }, label)));
    });
    arts.forEach((a, i) => {
      const y = yOf(i, arts.length);
      const meta = articles.get(a) || {};
      nodes.append(svg("g", { class: "n-article" },
        svg("title", {}, (meta.title ? meta.title + " — " : "") + a),
        svg("rect", { x: col.art.x, y: y - NODE_H / 2, width: col.art.w, height: NODE_H }),
        svg("text", { x: col.art.x + 8, y: y - 2 }, fit(a, 26)),
        svg("text", { x: col.art.x + 8, y: y + 12, class: "small" }, meta.published || "date unknown")));
    });
    const multi = unique(values.map((v) => v.cluster)).length > 1;
    for (const v of values) {
      const side = multi ? String.fromCharCode(65 + v.cluster) + " · " : "";
      nodes.append(svg("g", { class: "n-value cluster-" + Math.min(v.cluster, 1) },
        svg("title", {}, v.value + " — as written: " + unique(v.texts).map((t) => "«" + t + "»").join(", ")),
        svg("rect", { x: col.val.x, y: v.y - NODE_H / 2, width: col.val.w, height: NODE_H, rx: 8 }),
        svg("text", { x: col.val.x + 8, y: v.y - 2 }, fit(side + v.value, 26)),
        svg("text", { x: col.val.x + 8, y: v.y + 12, class: "small" }, fit("«" + unique(v.texts).join("», «") + "»", 30))));
    }
    ents.forEach((e) => {
      const y = entY.get(e);
      const name = data.entities[e] || e;
      nodes.append(svg("g", { class: "n-entity" },
        svg("title", {}, name + " (" + e + ")"),
        svg("ellipse", { cx: col.ent.x + col.ent.w / 2, cy: y, rx: col.ent.w / 2, ry: NODE_H / 2 }),
        svg("text", { x: col.ent.x + col.ent.w / 2, y: y + 4, "text-anchor": "middle" }, fit(name, 24))));
    });
    return el("figure", { class: "graph" },
      el("figcaption", {}, "Claim graph: each article, the value it states, and the entities that tie the claims together. " +
        (multi ? "The dashed line between the sides marks what disagrees." : "")),
      root);
  }

  // ---- Start ---------------------------------------------------------------

  renderSummary();
  renderFilters();
  renderSortHeaders();
  $("more").addEventListener("click", renderMore);
  if ("IntersectionObserver" in window) {
    // Scrolling to the end of the table brings the next chunk.
    new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting) && rendered < shown.length) renderMore();
    }, { rootMargin: "400px" }).observe($("more"));
  }
  window.addEventListener("beforeprint", () => {
    while (rendered < shown.length) renderMore();
  });
  apply();
  performance.mark("claimcheck-ready");
  setTimeout(indexInBackground, 0);
})();
