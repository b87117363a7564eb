/*
 * Duet search: runs in the browser over the index in search/<lang>/ (meta.json, docs-N.json and, for each segment
 * of the ids that meta.json lists, seg-F/shard-NN.json; a term's lists from the segments are joined in id order).
 * The analysis below mirrors dev.duet.search.SearchTokens, EnglishStemmer, TermHash and Ranking line for line;
 * a JUnit test runs these functions under Node and compares them with the Java ones. Index text is only ever put
 * into the page as text (textContent, createElement), never as HTML.
 */
(function () {
  'use strict';

  // ---- analysis -------------------------------------------------------------------------------------------
  var STOP = new Set(('a an and are as at be but by for if in into is it no not of on or such that the their then ' +
    'there these they this to was will with').split(' '));
  var LONGEST_WORD = 40;
  var CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
  var LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
  var MARKS = /\p{M}/gu;

  // Traditional → Simplified (TraditionalFold): filled from search/fold.json before a query with a Han character.
  var SIMPLIFIED = new Map();
  var HAN = /\p{Script=Han}/u;
  function useFold(pairs) {
    var cs = Array.from(pairs);
    for (var i = 0; i + 1 < cs.length; i += 2) SIMPLIFIED.set(cs[i], cs[i + 1]);
  }
  function simplified(ch) { return SIMPLIFIED.get(ch) || ch; }
  function fold(ch) {
    var c = ch.codePointAt(0);
    if (c < 0x80) return ch.toLowerCase();
    if (c >= 0x4e00 && c <= 0x9fff) return simplified(ch);
    return Array.from(ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC'))
      .map(simplified).join('');
  }
  function isCjk(ch) { return CJK.test(ch); }
  function isWord(ch) { return !isCjk(ch) && LETTER_OR_NUMBER.test(ch); }
  function isApostrophe(ch) { return ch === "'" || ch === '\u2019'; }

  /** Terms of a text with their spans [start, end) in UTF-16 units; query = bigrams only, unigram if lone. */
  function analyze(text, query) {
    var cs = [], starts = [], ends = [], at = 0, out = [], i, j, k;
    for (var ch of text) {
      for (var c of fold(ch)) { cs.push(c); starts.push(at); ends.push(at + ch.length); }
      at += ch.length;
    }
    var n = cs.length;
    i = 0;
    while (i < n) {
      if (isCjk(cs[i])) {
        for (j = i; j < n && isCjk(cs[j]); j++);
        var lone = j - i === 1;
        for (k = i; k < j; k++) {
          if (!query || lone) out.push({ term: cs[k], start: starts[k], end: ends[k] });
          if (k + 1 < j) out.push({ term: cs[k] + cs[k + 1], start: starts[k], end: ends[k + 1] });
        }
        i = j;
      } else if (isWord(cs[i])) {
        for (j = i + 1; j < n && (isWord(cs[j]) || isApostrophe(cs[j]) && j + 1 < n && isWord(cs[j + 1])
            || joinsNumber(cs, j, n)); j++);
        var raw = cs.slice(i, j).join('');
        var w = STOP.has(raw) && CAPITALS.test(text.slice(starts[i], ends[j - 1])) ? raw : word(raw);
        if (w) out.push({ term: w, start: starts[i], end: ends[j - 1] });
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** A decimal point between digits, or a comma before three digits: a figure is one term (3.5, 250,000). */
  function joinsNumber(cs, at, n) {
    if (at === 0 || at + 1 >= n || !NUMERAL.test(cs[at - 1]) || !NUMERAL.test(cs[at + 1])) return false;
    return cs[at] === '.' || cs[at] === ',' && at + 3 < n && NUMERAL.test(cs[at + 2]) && NUMERAL.test(cs[at + 3])
      && (at + 4 >= n || !NUMERAL.test(cs[at + 4]));
  }
  var NUMERAL = /^[0-9]$/, CAPITALS = /^[A-Z\uFF21-\uFF3A]{2,}$/; // IT, US in capitals: names, not stop words

  function word(raw) {
    var w = raw.replace(/,/g, '');
    if (w.endsWith("'s") || w.endsWith('\u2019s')) w = w.slice(0, -2);
    w = w.replace(/['\u2019]/g, '');
    if (!w || w.length > LONGEST_WORD || STOP.has(w)) return null;
    return /^[a-z]+$/.test(w) ? stem(w) : w;
  }

  /** The distinct terms of a query, in order. */
  function queryTerms(text) {
    var seen = [];
    analyze(text, true).some(function (t) {
      if (seen.indexOf(t.term) >= 0) return false;
      if (seen.length === MOST_QUERY_TERMS) return true; // the first terms: a pasted paragraph would cost seconds
      seen.push(t.term);
      return false;
    });
    return seen;
  }

  /** The query's Chinese runs of four characters or more, as their bigrams: maybe words typed together (泸定地震). */
  function queryRuns(text) {
    var runs = [], run = [], lastEnd = -1, searched = queryTerms(text);
    function close() { if (run.length >= 3) runs.push(run); run = []; }
    analyze(text, true).forEach(function (t) {
      var cps = Array.from(t.term), pair = cps.length === 2 && isCjk(cps[0]) && searched.indexOf(t.term) >= 0;
      if (!pair || t.start >= lastEnd) close();
      if (pair) run.push(t.term);
      lastEnd = pair ? t.end : -1;
    });
    close();
    return runs;
  }

  // Porter step 1 (1a plurals, 1b -eed/-ed/-ing, 1c y→i).
  function consonant(w, i) {
    var c = w[i];
    if ('aeiou'.indexOf(c) >= 0) return false;
    return c !== 'y' || i === 0 || !consonant(w, i - 1);
  }
  function measure(w, end) {
    var m = 0, vowel = false;
    for (var i = 0; i < end; i++) {
      if (!consonant(w, i)) vowel = true;
      else if (vowel) { m++; vowel = false; }
    }
    return m;
  }
  function hasVowel(w, end) {
    for (var i = 0; i < end; i++) if (!consonant(w, i)) return true;
    return false;
  }
  function tidy(w) {
    var n = w.length;
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return w + 'e';
    if (n >= 2 && w[n - 1] === w[n - 2] && consonant(w, n - 1) && 'lsz'.indexOf(w[n - 1]) < 0) return w.slice(0, -1);
    if (measure(w, n) === 1 && n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) &&
        'wxy'.indexOf(w[n - 1]) < 0) return w + 'e';
    return w;
  }
  function stem(word) {
    var w = word;
    if (w.length <= 2) return w;
    if (w.endsWith('sses') || w.endsWith('ies')) w = w.slice(0, -2);
    else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
    if (w.endsWith('eed')) { if (measure(w, w.length - 3) > 0) w = w.slice(0, -1); }
    else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) w = tidy(w.slice(0, -2));
    else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) w = tidy(w.slice(0, -3));
    if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
    return w;
  }

  /** 32-bit FNV-1a over UTF-8 bytes, unsigned. */
  function fnv1a(term) {
    var h = 0x811c9dc5;
    new TextEncoder().encode(term).forEach(function (b) { h = Math.imul(h ^ b, 0x01000193); });
    return h >>> 0;
  }
  function shardFile(term, shards) {
    return 'shard-' + String(fnv1a(term) % shards).padStart(String(shards - 1).length, '0') + '.json';
  }

  /** One posting list from a term's lists in the segments, oldest first: each list's first id is absolute. */
  function join(lists) {
    var out = [], last = 0;
    lists.forEach(function (list) {
      var doc = 0;
      for (var i = 0; i + 1 < list.length; i += 2) {
        doc += list[i];
        out.push(doc - last, list[i + 1]);
        last = doc;
      }
    });
    return out;
  }

  // A shard's posting list (Postings.writeJson): base-64 digits of five bits each, lowest first, the sixth bit set
  // when another digit follows. Each posting is 2 × id delta, plus 1 when its weight follows; otherwise the weight
  // is PLAIN. Gives the [delta, weight, ...] pairs that join and rank take; a shard of the index's version 3, still
  // in a browser's cache, holds those pairs as they are.
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', PLAIN = 2, DIGIT = [];
  for (var k = 0; k < DIGITS.length; k++) DIGIT[DIGITS.charCodeAt(k)] = k;
  function decode(written) {
    if (Array.isArray(written)) return written;
    if (typeof written !== 'string') return [];
    var out = [], value = 0, scale = 1, weightNext = false;
    for (var i = 0; i < written.length; i++) {
      var digit = DIGIT[written.charCodeAt(i)];
      if (digit === undefined) return [];
      value += (digit & 31) * scale;
      if (digit & 32) { scale *= 32; continue; }
      if (weightNext) { out.push(value); weightNext = false; }
      else {
        out.push(Math.floor(value / 2));
        if (value % 2 === 0) out.push(PLAIN); else weightNext = true;
      }
      value = 0;
      scale = 1;
    }
    return out;
  }

  var TITLE_BOOST = 1000, MOST_QUERY_TERMS = 24;
  /**
   * AND over terms, but a Chinese run may be held as its words (covers); documents holding every term first, then
   * score = Σ tf + TITLE_BOOST per term in the title; ties to the higher (newer) id.
   */
  function rank(terms, runs, postings) {
    if (!terms.length) return [];
    var scores = new Map(), loose = new Set(), candidates = new Set();
    terms.forEach(function (term) {
      var list = postings[term] || [], one = new Map(), doc = 0;
      for (var i = 0; i + 1 < list.length; i += 2) {
        doc += list[i];
        one.set(doc, (list[i + 1] >> 1) + ((list[i + 1] & 1) === 1 ? TITLE_BOOST : 0));
      }
      scores.set(term, one);
    });
    runs.forEach(function (run) { run.forEach(function (t) { loose.add(t); }); });
    var required = terms.filter(function (t) { return !loose.has(t); });
    if (!required.length) {
      loose.forEach(function (t) { scores.get(t).forEach(function (v, doc) { candidates.add(doc); }); });
    } else scores.get(required[0]).forEach(function (v, doc) {
      if (required.every(function (t) { return scores.get(t).has(doc); })) candidates.add(doc);
    });
    var hits = [];
    candidates.forEach(function (doc) {
      var held = function (t) { return scores.get(t).has(doc); };
      if (!runs.every(function (run) { return covers(run, held); })) return;
      var score = 0, missing = 0;
      terms.forEach(function (t) { if (held(t)) score += scores.get(t).get(doc); else missing++; });
      hits.push({ doc: doc, score: score, missing: missing });
    });
    return hits.sort(function (a, b) { return a.missing - b.missing || b.score - a.score || b.doc - a.doc; });
  }

  /** Whether the run (bigram k of characters k, k + 1) can be cut into pieces of two characters or more, all held. */
  function covers(run, held) {
    var chars = run.length + 1, cut = [true];
    for (var i = 1; i <= chars; i++) {
      cut[i] = false;
      for (var from = i - 2; from >= 0 && held(run[from]); from--) if (cut[from]) { cut[i] = true; break; }
    }
    return cut[chars];
  }

  /** Spans of text to mark for the query terms, merged. */
  function marks(text, terms) {
    var wanted = new Set(terms), spans = [];
    analyze(text, false).forEach(function (t) { if (wanted.has(t.term)) spans.push([t.start, t.end]); });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else merged.push([s[0], s[1]]);
    });
    return merged;
  }

  var api = { analyze: analyze, queryTerms: queryTerms, queryRuns: queryRuns, stem: stem, fnv1a: fnv1a,
    shardFile: shardFile, decode: decode, join: join, rank: rank, marks: marks, useFold: useFold };
  if (typeof module === 'object' && module.exports) { module.exports = api; return; }

  // ---- page -----------------------------------------------------------------------------------------------
  var PAGE = 10;

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }
  function marked(name, className, text, terms) {
    var e = el(name, className), at = 0;
    marks(text, terms).forEach(function (s) {
      e.appendChild(document.createTextNode(text.slice(at, s[0])));
      e.appendChild(el('mark', '', text.slice(s[0], s[1])));
      at = s[1];
    });
    e.appendChild(document.createTextNode(text.slice(at)));
    return e;
  }

  function start() {
    var form = document.getElementById('search-form');
    if (!form) return;
    var d = form.dataset, base = d.index;
    var input = document.getElementById('search-q'), tagSelect = document.getElementById('search-tag');
    var yearSelect = document.getElementById('search-year'), status = document.getElementById('search-status');
    var list = document.getElementById('search-results'), more = document.getElementById('search-more');
    var other = document.getElementById('search-other'), otherBase = other ? other.getAttribute('href') : '';
    var files = {}, meta = null, hits = [], shown = 0, terms = [], run = 0;
    var params = new URLSearchParams(location.search);
    // A line break in the address (a query pasted from a text) parts words, as a space does: the box would join them.
    input.value = (params.get('q') || '').replace(/\s+/g, ' ').trim();

    function load(name) {
      if (!files[name]) {
        files[name] = fetch(base + name).then(function (r) {
          if (!r.ok) throw new Error(name + ': ' + r.status);
          return r.json();
        });
      }
      return files[name];
    }
    function fail() { status.textContent = d.error; }

    // The fold table is fetched once, and only for a query with a Han character: an English search never needs it.
    var folding = null;
    /** Runs the query in the form; a new one the reader asked for is a new history entry, so Back returns to it. */
    function search(asked) {
      if (!folding && HAN.test(input.value)) {
        folding = fetch(base + '../fold.json').then(function (r) {
          if (!r.ok) throw new Error('fold.json: ' + r.status);
          return r.json();
        }).then(function (table) { useFold(table.pairs); });
      }
      (folding || Promise.resolve()).then(function () { searchNow(asked); }, function () { folding = null; fail(); });
    }

    function searchNow(asked) {
      var q = input.value.trim(), tag = tagSelect.value, year = yearSelect.value, mine = ++run;
      var query = new URLSearchParams();
      if (q) query.set('q', q);
      if (tag) query.set('tag', tag);
      if (year) query.set('year', year);
      var qs = query.toString();
      var address = location.pathname + (qs ? '?' + qs : '');
      if (asked && address !== location.pathname + location.search) history.pushState(null, '', address);
      else history.replaceState(null, '', address);
      if (other) other.setAttribute('href', otherBase + (q ? '?q=' + encodeURIComponent(q) : ''));
      terms = queryTerms(q);
      var runs = queryRuns(q);
      var all = terms.concat(tag ? ['#tag:' + tag] : []);
      list.replaceChildren();
      more.hidden = true;
      // A query of punctuation alone has no words to look for, and finds nothing: say so, as for any other. One of
      // common words alone (the, of) says why; a year alone leads to the year's own list.
      if (!all.length) {
        if (q) status.textContent = /[\p{L}\p{N}]/u.test(q) && !HAN.test(q) ? d.common : d.none;
        else if (year) {
          status.textContent = '';
          var link = status.appendChild(el('a', '', d.yearList.replace('{0}', year)));
          link.href = d.home + encodeURIComponent(year) + '/';
        } else status.textContent = '';
        return;
      }
      status.textContent = d.loading;
      Promise.all(all.map(function (t) {
        return Promise.all(meta.segments.map(function (s) {
          return load(s.dir + '/' + shardFile(t, s.shards)).then(function (shard) { return decode(shard[t]); });
        })).then(function (lists) { return [t, join(lists)]; });
      })).then(function (lists) {
        if (mine !== run) return;
        var postings = {};
        lists.forEach(function (p) { if (p[1].length) postings[p[0]] = p[1]; });
        var range = meta.years.filter(function (y) { return String(y.year) === year; })[0];
        hits = rank(all, runs, postings).filter(function (h) {
          return !range || h.doc >= range.from && h.doc < range.to;
        });
        shown = 0;
        status.textContent = hits.length ? d.count.replace('{0}', hits.length) : d.none;
        return showMore(mine);
      }).catch(fail);
    }

    /** Shows the next page of results; asked by the reader, it moves the focus to the first of them. */
    function showMore(mine, asked) {
      var page = hits.slice(shown, shown + PAGE);
      shown += page.length;
      return Promise.all(page.map(function (h) {
        return load('docs-' + Math.floor(h.doc / meta.chunk) + '.json').then(function (docs) {
          return docs[h.doc % meta.chunk];
        });
      })).then(function (docs) {
        if (mine !== run) return;
        var first = null;
        docs.forEach(function (doc) { var item = list.appendChild(result(doc)); first = first || item; });
        more.hidden = shown >= hits.length;
        if (asked && first) first.querySelector('a').focus();
      });
    }

    function result(doc) {
      var item = el('li', 'item search-result');
      var title = el('h2', 'item-title'), link = marked('a', '', doc.title, terms);
      link.href = doc.url;
      title.appendChild(link);
      item.appendChild(title);
      // A Traditional story's title and text, found from the Chinese page, are read as Traditional Chinese.
      if (doc.lang) {
        title.lang = doc.lang;
      }
      if (doc.date) {
        var time = el('time', '', doc.dateText);
        time.dateTime = doc.date;
        item.appendChild(el('p', 'item-meta')).appendChild(time);
      }
      var summary = item.appendChild(marked('p', 'item-summary', doc.text, terms));
      if (doc.lang) {
        summary.lang = doc.lang;
      }
      if (doc.tags.length) {
        var tags = item.appendChild(el('ul', 'tags'));
        doc.tags.forEach(function (t) {
          var a = tags.appendChild(el('li')).appendChild(el('a', '', t.name));
          a.href = t.url;
        });
      }
      if (doc.translation) {
        var p = item.appendChild(el('p', 'search-translation', d.translation + ' '));
        var a = p.appendChild(el('a', '', doc.translation.title));
        a.href = doc.translation.url;
        a.hreflang = doc.translation.hreflang;
        a.lang = doc.translation.hreflang;
      }
      return item;
    }

    function option(select, value, label) {
      var o = select.appendChild(el('option', '', label));
      o.value = value;
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); if (meta) search(true); });
    tagSelect.addEventListener('change', function () { if (meta) search(true); });
    yearSelect.addEventListener('change', function () { if (meta) search(true); });
    more.addEventListener('click', function () { showMore(run, true).catch(fail); });
    // Back and Forward between searches: the page stays, the query of the address is run again.
    window.addEventListener('popstate', function () {
      var again = new URLSearchParams(location.search);
      input.value = (again.get('q') || '').replace(/\s+/g, ' ').trim();
      tagSelect.value = again.get('tag') || '';
      yearSelect.value = again.get('year') || '';
      if (meta) search(false);
    });

    load('meta.json').then(function (m) {
      meta = m;
      m.tags.forEach(function (t) { option(tagSelect, t.slug, t.name + ' (' + t.count + ')'); });
      m.years.forEach(function (y) { option(yearSelect, String(y.year), String(y.year)); });
      tagSelect.value = params.get('tag') || '';
      yearSelect.value = params.get('year') || '';
      form.querySelector('.search-filters').hidden = false;
      search(false);
    }).catch(fail);
  }

  start();
})();
