/*
 * press-archive full-text search: the query engine of recherche.html / en/search.html.
 *
 * Plain ES2017, no dependencies, no eval, no inline script: it runs from file:// and under any
 * sub-path. The index (built in Java, org.pressarchive.search) is a set of script files that each
 * call __pa_search(key, data); this file injects them with <script src> on demand, because
 * browsers refuse fetch() of local files.
 *
 * Analysis repeats the Java chain exactly: word segmentation (UAX #29, the parts that matter for
 * French) → elision → lower case → folding to ASCII → stop words → French light stemming (the
 * rules of Lucene's FrenchLightStemmer, after J. Savoy). Stop words and elisions come from the
 * index itself, so both sides share one list.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- index files

  var registry = new Map();
  var loading = new Map();

  window.__pa_search = function (key, data) {
    registry.set(key, data);
  };

  function load(base, key) {
    var cached = loading.get(key);
    if (cached) {
      return cached;
    }
    var p = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = base + key + '.js';
      script.async = true;
      script.onload = function () {
        script.remove();
        if (registry.has(key)) {
          resolve(registry.get(key));
        } else {
          reject(new Error('index file ' + key + ' did not register'));
        }
      };
      script.onerror = function () {
        script.remove();
        reject(new Error('cannot load index file ' + key));
      };
      document.head.appendChild(script);
    });
    loading.set(key, p);
    return p;
  }

  var VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VLQ_DIGITS = new Map();
  for (var v = 0; v < VLQ.length; v++) {
    VLQ_DIGITS.set(VLQ.charAt(v), v);
  }

  /** Reads VLQ numbers from a string, one at a time. */
  function VlqReader(text) {
    this.text = text;
    this.at = 0;
  }
  VlqReader.prototype.next = function () {
    var value = 0;
    var shift = 0;
    for (;;) {
      var digit = VLQ_DIGITS.get(this.text.charAt(this.at++));
      value += (digit & 31) * Math.pow(2, shift);
      if ((digit & 32) === 0) {
        return value;
      }
      shift += 5;
    }
  };
  VlqReader.prototype.more = function () {
    return this.at < this.text.length;
  };

  // ---------------------------------------------------------------- analysis

  var MID_LETTER = ':\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A';
  var MID_NUM_LET = '.\u2018\u2019\u2024\uFE52\uFF07\uFF0E\'';
  var MID_NUM = ',;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B';
  var RE_LETTER = /^[\p{L}\p{M}]$/u;
  var RE_DIGIT = /^\p{Nd}$/u;
  var RE_IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}]$/u;
  var RE_CHAR_LETTER = /^\p{L}$/u;
  var RE_MARKS = /\p{M}+/gu;
  var RE_ASCII = /^[\x00-\x7F]+$/;
  var SPECIAL_FOLDS = {
    '\u00E6': 'ae', '\u00DF': 'ss', '\u00F0': 'd', '\u00F8': 'o', '\u00FE': 'th', '\u0111': 'd',
    '\u0127': 'h', '\u0131': 'i', '\u0133': 'ij', '\u0140': 'l', '\u0142': 'l', '\u0149': '\'n',
    '\u0153': 'oe', '\u0167': 't', '\u017F': 's', '\u2018': '\'', '\u2019': '\'', '\u201B': '\'',
    '\u2032': '\'', '\u2035': '\'', '\u02BC': '\'', '\u00AB': '"', '\u00BB': '"'
  };

  function kindOf(ch) {
    if (ch === undefined) {
      return 'end';
    }
    if (RE_IDEOGRAPH.test(ch)) {
      return 'ideograph';
    }
    if (RE_LETTER.test(ch) || ch === '_') {
      return 'letter';
    }
    if (RE_DIGIT.test(ch)) {
      return 'digit';
    }
    return 'other';
  }

  /** Splits text into words: [{text, start, end}], offsets in UTF-16 units. */
  function words(text) {
    var chars = Array.from(text);
    var offsets = [];
    var o = 0;
    for (var i = 0; i < chars.length; i++) {
      offsets.push(o);
      o += chars[i].length;
    }
    offsets.push(o);
    var out = [];
    var k = 0;
    while (k < chars.length) {
      var kind = kindOf(chars[k]);
      if (kind === 'ideograph') {
        out.push({ text: chars[k], start: offsets[k], end: offsets[k + 1] });
        k++;
        continue;
      }
      if (kind !== 'letter' && kind !== 'digit') {
        k++;
        continue;
      }
      var start = k;
      var last = kind;
      k++;
      for (;;) {
        var here = kindOf(chars[k]);
        if (here === 'letter' || here === 'digit') {
          last = here;
          k++;
          continue;
        }
        var c = chars[k];
        var next = kindOf(chars[k + 1]);
        var joinsLetters = last === 'letter' && next === 'letter'
          && (MID_LETTER.indexOf(c) >= 0 || MID_NUM_LET.indexOf(c) >= 0);
        var joinsDigits = last === 'digit' && next === 'digit'
          && (MID_NUM.indexOf(c) >= 0 || MID_NUM_LET.indexOf(c) >= 0);
        if (c !== undefined && (joinsLetters || joinsDigits)) {
          k += 2;
          continue;
        }
        break;
      }
      out.push({ text: chars.slice(start, k).join(''), start: offsets[start], end: offsets[k] });
    }
    return out;
  }

  function foldChar(ch) {
    var special = SPECIAL_FOLDS[ch];
    if (special !== undefined) {
      return special;
    }
    if (ch.charCodeAt(0) < 128) {
      return ch;
    }
    var base = ch.normalize('NFKD').replace(RE_MARKS, '');
    return base.length > 0 && RE_ASCII.test(base) ? base : ch;
  }

  function fold(word) {
    var out = '';
    for (var ch of word) {
      out += foldChar(ch);
    }
    return out;
  }

  /** The light stemming rules of Lucene's FrenchLightStemmer, applied to a folded word. */
  function stem(word) {
    var s = word.split('');
    var len = s.length;
    function ends(suffix) {
      if (len < suffix.length) {
        return false;
      }
      for (var i = 0; i < suffix.length; i++) {
        if (s[len - suffix.length + i] !== suffix.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    function isLetter(c) {
      return c !== undefined && RE_CHAR_LETTER.test(c);
    }
    function norm(n) {
      len = n;
      s.length = len;
      if (len > 4) {
        for (var i = 0; i < len; i++) {
          switch (s[i]) {
            case '\u00E0': case '\u00E1': case '\u00E2': s[i] = 'a'; break;
            case '\u00F4': s[i] = 'o'; break;
            case '\u00E8': case '\u00E9': case '\u00EA': s[i] = 'e'; break;
            case '\u00F9': case '\u00FB': s[i] = 'u'; break;
            case '\u00EE': s[i] = 'i'; break;
            case '\u00E7': s[i] = 'c'; break;
            default: break;
          }
        }
        var ch = s[0];
        for (var j = 1; j < len; j++) {
          if (s[j] === ch && isLetter(ch)) {
            s.splice(j, 1);
            len--;
            j--;
          } else {
            ch = s[j];
          }
        }
      }
      if (len > 4 && ends('ie')) {
        len -= 2;
      }
      if (len > 4) {
        if (s[len - 1] === 'r') { len--; }
        if (s[len - 1] === 'e') { len--; }
        if (s[len - 1] === 'e') { len--; }
        if (s[len - 1] === s[len - 2] && isLetter(s[len - 1])) { len--; }
      }
      return s.slice(0, len).join('');
    }

    if (len > 5 && s[len - 1] === 'x') {
      if (s[len - 3] === 'a' && s[len - 2] === 'u' && s[len - 4] !== 'e') { s[len - 2] = 'l'; }
      len--;
    }
    if (len > 3 && s[len - 1] === 'x') { len--; }
    if (len > 3 && s[len - 1] === 's') { len--; }
    if (len > 9 && ends('issement')) { len -= 6; s[len - 1] = 'r'; return norm(len); }
    if (len > 8 && ends('issant')) { len -= 4; s[len - 1] = 'r'; return norm(len); }
    if (len > 6 && ends('ement')) {
      len -= 4;
      if (len > 3 && ends('ive')) { len--; s[len - 1] = 'f'; }
      return norm(len);
    }
    if (len > 11 && ends('ficatrice')) { len -= 5; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(len); }
    if (len > 10 && ends('ficateur')) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(len); }
    if (len > 9 && ends('catrice')) {
      len -= 3; s[len - 4] = 'q'; s[len - 3] = 'u'; s[len - 2] = 'e'; return norm(len);
    }
    if (len > 8 && ends('cateur')) {
      len -= 2; s[len - 4] = 'q'; s[len - 3] = 'u'; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(len);
    }
    if (len > 8 && ends('atrice')) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(len); }
    if (len > 7 && ends('ateur')) { len -= 3; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(len); }
    if (len > 6 && ends('trice')) { len--; s[len - 3] = 'e'; s[len - 2] = 'u'; s[len - 1] = 'r'; }
    if (len > 5 && ends('i\u00E8me')) { return norm(len - 4); }
    if (len > 7 && ends('teuse')) { len -= 2; s[len - 1] = 'r'; return norm(len); }
    if (len > 6 && ends('teur')) { len--; s[len - 1] = 'r'; return norm(len); }
    if (len > 5 && ends('euse')) { return norm(len - 2); }
    if (len > 8 && ends('\u00E8re')) { len--; s[len - 2] = 'e'; return norm(len); }
    if (len > 7 && ends('ive')) { len--; s[len - 1] = 'f'; return norm(len); }
    if (len > 4 && (ends('folle') || ends('molle'))) { len -= 2; s[len - 1] = 'u'; return norm(len); }
    if (len > 9 && ends('nnelle')) { return norm(len - 5); }
    if (len > 9 && ends('nnel')) { return norm(len - 3); }
    if (len > 4 && ends('\u00E8te')) { len--; s[len - 2] = 'e'; }
    if (len > 8 && ends('ique')) { len -= 4; }
    if (len > 8 && ends('esse')) { return norm(len - 3); }
    if (len > 7 && ends('inage')) { return norm(len - 3); }
    if (len > 9 && ends('isation')) {
      len -= 7;
      if (len > 5 && ends('ual')) { s[len - 2] = 'e'; }
      return norm(len);
    }
    if (len > 9 && ends('isateur')) { return norm(len - 7); }
    if (len > 8 && ends('ation')) { return norm(len - 5); }
    if (len > 8 && ends('ition')) { return norm(len - 5); }
    return norm(len);
  }

  /** The analysis chain, configured with the index's stop words and elisions. */
  function Analyzer(stopWords, elisions) {
    this.stop = new Set(stopWords);
    this.elisions = new Set(elisions);
  }

  /**
   * [{term, position, start, end, folded, markStart}] for a text; stop words leave position gaps.
   * start and end span the whole word, as in Lucene; markStart skips an elided article.
   */
  Analyzer.prototype.analyze = function (text) {
    var out = [];
    var position = -1;
    var self = this;
    words(text).forEach(function (w) {
      var t = w.text;
      var elided = 0;
      for (var i = 0; i < t.length; i++) {
        var c = t.charAt(i);
        if (c === '\'' || c === '\u2019') {
          if (self.elisions.has(t.substring(0, i).toLowerCase())) {
            t = t.substring(i + 1);
            elided = i + 1;
          }
          break;
        }
      }
      var folded = fold(t.toLowerCase());
      position++;
      if (self.stop.has(folded)) {
        return;
      }
      out.push({
        term: stem(folded), position: position, start: w.start, end: w.end, folded: folded,
        markStart: w.start + elided
      });
    });
    return out;
  };

  Analyzer.prototype.normalise = function (word) {
    var tokens = this.analyze(word);
    return tokens.length === 0 ? '' : tokens[0].term;
  };

  /** Forms that a word being typed may be the start of: its stem and its folded, de-doubled letters. */
  Analyzer.prototype.prefixes = function (token) {
    var dedup = token.folded.replace(/(\p{L})\1+/gu, '$1');
    var set = new Set([token.term, dedup]);
    return Array.from(set).filter(function (p) { return p.length >= 3; });
  };

  // ---------------------------------------------------------------- query parsing

  /**
   * Parses a query into clauses: {words, phrase, exclude}. Quotes make a phrase, a leading minus
   * excludes. lastOpen is true when the final clause is a plain word still being typed.
   */
  function parseQuery(q) {
    var clauses = [];
    var i = 0;
    while (i < q.length) {
      var c = q.charAt(i);
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      var exclude = false;
      if (c === '-' && i + 1 < q.length && !/\s/.test(q.charAt(i + 1))) {
        exclude = true;
        i++;
        c = q.charAt(i);
      }
      if (c === '"' || c === '\u201C' || c === '\u00AB') {
        var close = q.slice(i + 1).search(/["\u201D\u00BB]/);
        var endQuote = close < 0 ? q.length : i + 1 + close;
        clauses.push({ text: q.substring(i + 1, endQuote), phrase: true, exclude: exclude });
        i = endQuote + 1;
        continue;
      }
      var j = i;
      while (j < q.length && !/\s/.test(q.charAt(j))) {
        j++;
      }
      clauses.push({ text: q.substring(i, j), phrase: false, exclude: exclude });
      i = j;
    }
    var lastOpen = clauses.length > 0 && !/\s$/.test(q)
      && !clauses[clauses.length - 1].phrase && !clauses[clauses.length - 1].exclude;
    return { clauses: clauses, lastOpen: lastOpen };
  }

  // ---------------------------------------------------------------- the engine

  /** Tunables; textCheck: up to this many phrase candidates are checked on their texts instead of positions. */
  var OPTIONS = { textCheck: 10 };
  var PREFIX_MAX_SHARDS = 2;
  var PREFIX_MAX_TERMS = 30;

  /**
   * The file name the index gives a shard boundary or a filter id (SearchIndexBuilder.fileName):
   * ASCII letters and digits as they are, other characters as _ and four hex digits.
   */
  function fileName(s) {
    if (s.length === 0) {
      return '_';
    }
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 97 && c <= 122 || c >= 48 && c <= 57) {
        out += s.charAt(i);
      } else {
        out += '_' + ('000' + c.toString(16)).slice(-4);
      }
    }
    if (out.length > 64) {
      out = out.substring(0, 40) + '_' + ('0000000' + (fnv(s) >>> 0).toString(16)).slice(-8);
    }
    return out;
  }

  /** FNV-1a over UTF-16 units, as a signed 32-bit number (SearchIndexBuilder.fnv). */
  function fnv(s) {
    var h = 0x811C9DC5 | 0;
    for (var k = 0; k < s.length; k++) {
      h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    }
    return h;
  }

  /** The strings of SearchIndexBuilder.frontCoded: shared-prefix length as one character, rest, line feed. */
  function frontDecoded(text) {
    var out = [];
    var previous = '';
    text.split('\n').forEach(function (line, i, all) {
      if (i === all.length - 1 && line === '') {
        return;
      }
      var s = previous.substring(0, line.charCodeAt(0) - 48) + line.substring(1);
      out.push(s);
      previous = s;
    });
    return out;
  }

  /** Searches one language's index; every method returns a promise. */
  function Engine(base) {
    this.base = base;
    this.decoded = new Map();
  }

  Engine.prototype.open = function () {
    var self = this;
    return load(this.base, 'meta').then(function (meta) {
      self.meta = meta;
      self.shards = frontDecoded(meta.shards);
      self.analyzer = new Analyzer(meta.stop, meta.elisions);
      return meta;
    });
  };

  Engine.prototype.shardOf = function (term) {
    var shards = this.shards;
    var lo = 0;
    var hi = shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (shards[mid] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  };

  Engine.prototype.shardName = function (n) {
    return fileName(this.shards[n]);
  };

  Engine.prototype.file = function (key) {
    return load(this.base, key);
  };

  /** The postings text of a key (a term or a pair), or undefined. */
  Engine.prototype.entry = function (key) {
    return this.file('t/' + this.shardName(this.shardOf(key))).then(function (shard) {
      return Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined;
    });
  };

  /** Postings of a term: [{doc, title, speaker, tf}] in document order (empty if unknown). */
  Engine.prototype.postings = function (term) {
    var self = this;
    var hit = this.decoded.get(term);
    if (hit) {
      return Promise.resolve(hit);
    }
    return this.entry(term).then(function (text) {
      var out = [];
      if (text !== undefined) {
        var r = new VlqReader(text);
        var doc = -1;
        while (r.more()) {
          var code = r.next();
          var w = code % 32;
          doc += (code - w) / 32 + 1;
          out.push({ doc: doc, title: w >= 16, speaker: (w & 8) !== 0, tf: w & 7 });
        }
      }
      self.decoded.set(term, out);
      return out;
    });
  };

  /** Documents where term b is gap positions after term a (both frequent), as a Set. */
  Engine.prototype.pairDocs = function (a, b, gap) {
    var key = a + ' ' + b + ' ' + gap;
    return this.file('q/' + (fnv(key) & (this.meta.pairBuckets - 1))).then(function (bucket) {
      var text = Object.prototype.hasOwnProperty.call(bucket, key) ? bucket[key] : undefined;
      var docs = new Set();
      if (text !== undefined) {
        var r = new VlqReader(text);
        var doc = -1;
        while (r.more()) {
          doc += r.next() + 1;
          docs.add(doc);
        }
      }
      return docs;
    });
  };

  /**
   * Positions of a term in some documents: Map doc → Map unit → [positions]. Loads only the
   * positions files of the ranges of those documents.
   */
  Engine.prototype.positions = function (term, docs) {
    var self = this;
    var range = this.meta.positionRange;
    var name = this.shardName(this.shardOf(term));
    return this.postings(term).then(function (postings) {
      var ranges = new Set();
      docs.forEach(function (d) { ranges.add(Math.floor(d / range)); });
      var wanted = Array.from(ranges).filter(function (r) {
        return postings.some(function (p) { return Math.floor(p.doc / range) === r; });
      });
      return Promise.all(wanted.map(function (r) { return self.file('p/' + name + '-' + r); })).then(function (files) {
        var result = new Map();
        wanted.forEach(function (r, i) {
          var text = files[i][term];
          if (text === undefined) {
            return;
          }
          var reader = new VlqReader(text);
          postings.forEach(function (p) {
            if (Math.floor(p.doc / range) !== r) {
              return;
            }
            var byUnit = new Map();
            var units = reader.next();
            var unit = -1;
            for (var u = 0; u < units; u++) {
              unit += reader.next();
              var count = reader.next();
              var pos = [];
              var last = -1;
              for (var k = 0; k < count; k++) {
                last += reader.next();
                pos.push(last);
              }
              byUnit.set(unit, pos);
            }
            if (docs.has(p.doc)) {
              result.set(p.doc, byUnit);
            }
          });
        });
        return result;
      });
    });
  };

  /** Terms of the index that start with one of the prefixes, most frequent first. */
  Engine.prototype.expand = function (prefixes) {
    var self = this;
    var ranges = prefixes.map(function (p) {
      return { prefix: p, from: self.shardOf(p), to: self.shardOf(p + '\uffff') };
    }).filter(function (r) { return r.to - r.from < PREFIX_MAX_SHARDS; });
    var keys = new Set();
    ranges.forEach(function (r) {
      for (var n = r.from; n <= r.to; n++) {
        keys.add(n);
      }
    });
    return Promise.all(Array.from(keys).map(function (n) { return self.file('t/' + self.shardName(n)); }))
      .then(function (shards) {
        var found = new Map();
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (term) {
            if (term.indexOf(' ') < 0 && ranges.some(function (r) { return term.startsWith(r.prefix); })) {
              found.set(term, shard[term].length);
            }
          });
        });
        return Array.from(found.keys()).sort(function (a, b) {
          return found.get(b) - found.get(a) || (a < b ? -1 : a > b ? 1 : 0);
        }).slice(0, PREFIX_MAX_TERMS);
      });
  };

  /** Documents of the active filters as a Set, or null when no filter is set. */
  Engine.prototype.filterDocs = function (filters) {
    var self = this;
    var sets = [];
    function facet(list, prefix, value) {
      if (!value) {
        return;
      }
      if (!list.some(function (e) { return e[0] === value; })) {
        sets.push(Promise.resolve(new Set()));
        return;
      }
      sets.push(self.file(prefix + '/' + fileName(value)).then(function (text) {
        var r = new VlqReader(text);
        var docs = new Set();
        var d = -1;
        while (r.more()) {
          d += r.next() + 1;
          docs.add(d);
        }
        return docs;
      }));
    }
    facet(this.meta.speakers, 's', filters.speaker);
    facet(this.meta.countries, 'c', filters.country);
    if (filters.year) {
      var docs = new Set();
      this.meta.years.forEach(function (y) {
        if (String(y[0]) === String(filters.year)) {
          for (var d = y[1]; d < y[2]; d++) {
            docs.add(d);
          }
        }
      });
      sets.push(Promise.resolve(docs));
    }
    if (sets.length === 0) {
      return Promise.resolve(null);
    }
    return Promise.all(sets).then(function (all) {
      return all.reduce(function (a, b) {
        return new Set(Array.from(a).filter(function (x) { return b.has(x); }));
      });
    });
  };

  /**
   * Runs a query. Resolves to {hits: [{doc, score}], terms: Set of matched terms, groups: [[term]],
   * phrases: [[token]]}. Every positive clause must match (AND); the last word typed also matches as
   * a prefix.
   */
  Engine.prototype.search = function (query, filters) {
    var self = this;
    var parsed = parseQuery(query);
    var groups = [];
    var phrases = [];
    var excluded = [];
    parsed.clauses.forEach(function (clause, index) {
      var tokens = self.analyzer.analyze(clause.text);
      if (tokens.length === 0) {
        return;
      }
      if (clause.phrase && tokens.length > 1) {
        (clause.exclude ? excluded : phrases).push({ phrase: tokens });
        return;
      }
      tokens.forEach(function (t, k) {
        var open = parsed.lastOpen && index === parsed.clauses.length - 1 && k === tokens.length - 1;
        (clause.exclude ? excluded : groups).push({ term: t.term, prefixes: open ? self.analyzer.prefixes(t) : [] });
      });
    });
    phrases.forEach(function (p) {
      p.phrase.forEach(function (t) { groups.push({ term: t.term, prefixes: [] }); });
    });
    var allTerms = new Set();
    var work = groups.map(function (g) {
      var alternatives = g.prefixes.length ? self.expand(g.prefixes) : Promise.resolve([]);
      return alternatives.then(function (terms) {
        var list = [g.term].concat(terms.filter(function (t) { return t !== g.term; }));
        return Promise.all(list.map(function (t) { return self.postings(t); })).then(function (postings) {
          return list.map(function (t, i) { return { term: t, exact: i === 0, postings: postings[i] }; });
        });
      });
    });
    return Promise.all([Promise.all(work), this.filterDocs(filters || {})]).then(function (all) {
      var alternativesPerGroup = all[0];
      var allowed = all[1];
      var n = self.meta.docs;
      var hits = null;
      var groupTerms = [];
      alternativesPerGroup.forEach(function (alternatives) {
        var byDoc = new Map();
        var terms = new Set();
        alternatives.forEach(function (alt) {
          if (alt.postings.length) {
            allTerms.add(alt.term);
            terms.add(alt.term);
          }
          var idf = Math.log(1 + n / Math.max(1, alt.postings.length));
          alt.postings.forEach(function (p) {
            var w = idf * ((p.title ? 6 : 0) + (p.speaker ? 4 : 0)
              + (p.tf > 0 ? Math.min(3, 1 + Math.log(1 + p.tf)) : 0)) * (alt.exact ? 1 : 0.8);
            var prev = byDoc.get(p.doc);
            if (prev === undefined || prev < w) {
              byDoc.set(p.doc, w);
            }
          });
        });
        groupTerms.push(terms);
        if (hits === null) {
          hits = new Map();
          byDoc.forEach(function (score, doc) {
            hits.set(doc, { doc: doc, score: score });
          });
        } else {
          hits.forEach(function (h, doc) {
            var score = byDoc.get(doc);
            if (score === undefined) {
              hits.delete(doc);
            } else {
              h.score += score;
            }
          });
        }
      });
      var result = { terms: allTerms, groups: groupTerms, phrases: phrases.map(function (p) { return p.phrase; }) };
      if (hits === null) {
        if (!allowed) {
          result.hits = [];
          result.empty = true;
          return result;
        }
        hits = new Map();
        Array.from(allowed).forEach(function (doc) { hits.set(doc, { doc: doc, score: 0 }); });
      }
      var list = Array.from(hits.values()).filter(function (h) { return !allowed || allowed.has(h.doc); });
      return self.checkPhrases(list, phrases).then(function (kept) {
        return self.excludedDocs(excluded, kept);
      }).then(function (kept) {
        kept.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        result.hits = kept;
        result.empty = false;
        return result;
      });
    });
  };

  /** Keeps the hits where every phrase occurs, its words consecutive (stop words as gaps). */
  Engine.prototype.checkPhrases = function (hits, phrases) {
    var self = this;
    if (phrases.length === 0 || hits.length === 0) {
      return Promise.resolve(hits);
    }
    var candidates = new Set(hits.map(function (h) { return h.doc; }));
    return Promise.all(phrases.map(function (p) { return self.phraseDocs(p.phrase, candidates); })).then(function (results) {
      return hits.filter(function (h) {
        if (!results.every(function (docs) { return docs.has(h.doc); })) {
          return false;
        }
        for (var k = 0; k < results.length; k++) {
          h.score *= 1.5;
        }
        return true;
      });
    });
  };

  /**
   * The documents among candidates (a Set, or null for all) where the phrase occurs. A phrase of two
   * frequent words close together is answered by the index of pairs; longer phrases narrow the
   * candidates with it, then check positions, loaded only for the candidates' ranges.
   */
  Engine.prototype.phraseDocs = function (tokens, candidates) {
    var self = this;
    var meta = this.meta;
    var offsets = tokens.map(function (t) { return t.position - tokens[0].position; });
    return Promise.all(tokens.map(function (t) { return self.postings(t.term); })).then(function (postings) {
      var docs = null;
      postings.forEach(function (ps) {
        var next = new Set();
        ps.forEach(function (p) {
          if ((docs === null ? !candidates || candidates.has(p.doc) : docs.has(p.doc))) {
            next.add(p.doc);
          }
        });
        docs = next;
      });
      var pairs = [];
      for (var k = 0; k + 1 < tokens.length; k++) {
        var gap = offsets[k + 1] - offsets[k];
        if (gap >= 1 && gap <= meta.pairGap && postings[k].length >= meta.pairMin
          && postings[k + 1].length >= meta.pairMin) {
          pairs.push(self.pairDocs(tokens[k].term, tokens[k + 1].term, gap));
        }
      }
      return Promise.all(pairs).then(function (pairSets) {
        pairSets.forEach(function (set) {
          docs = new Set(Array.from(docs).filter(function (d) { return set.has(d); }));
        });
        if (docs.size === 0 || tokens.length === 2 && pairSets.length === 1) {
          return docs;
        }
        if (docs.size <= OPTIONS.textCheck) {
          // Few candidates: check their texts, which the page shows anyway, rather than load positions.
          var list = Array.from(docs);
          return Promise.all(list.map(function (d) { return self.doc(d); })).then(function (rows) {
            var found = new Set();
            rows.forEach(function (row, i) {
              var texts = [row.title].concat(row.paragraphs.map(function (p) { return p[1]; }));
              if (texts.some(function (t) { return phraseIn(self.analyzer.analyze(t || ''), tokens); })) {
                found.add(list[i]);
              }
            });
            return found;
          });
        }
        return Promise.all(tokens.map(function (t) { return self.positions(t.term, docs); })).then(function (maps) {
          var found = new Set();
          docs.forEach(function (doc) {
            var units = maps[0].get(doc);
            if (!units) {
              return;
            }
            var ok = Array.from(units.keys()).some(function (u) {
              return units.get(u).some(function (p0) {
                return maps.every(function (m, k) {
                  var du = m.get(doc);
                  var pos = du && du.get(u);
                  return pos !== undefined && pos.indexOf(p0 + offsets[k]) >= 0;
                });
              });
            });
            if (ok) {
              found.add(doc);
            }
          });
          return found;
        });
      });
    });
  };

  /** The hits without the documents containing an excluded word or phrase. */
  Engine.prototype.excludedDocs = function (excluded, hits) {
    var self = this;
    if (excluded.length === 0 || hits.length === 0) {
      return Promise.resolve(hits);
    }
    var candidates = new Set(hits.map(function (h) { return h.doc; }));
    return Promise.all(excluded.map(function (e) {
      if (e.phrase) {
        return self.phraseDocs(e.phrase, candidates);
      }
      return self.postings(e.term).then(function (ps) { return new Set(ps.map(function (p) { return p.doc; })); });
    })).then(function (sets) {
      return hits.filter(function (h) { return !sets.some(function (s) { return s.has(h.doc); }); });
    });
  };

  /** A document's row and text: {id, title, date, speakers, lang, href, paragraphs: [[id, text]]}. */
  Engine.prototype.doc = function (doc) {
    var self = this;
    return this.file('x/' + doc).then(function (row) {
      return {
        id: row[0], title: row[1], date: row[2], speakers: row[3], lang: row[4], paragraphs: row[5],
        href: self.meta.href[0] + row[0] + self.meta.href[1]
      };
    });
  };

  /**
   * The paragraph to show for a hit (unit ≥ 1, or 0 for none): the first where a phrase occurs,
   * else the one with the most query words (the earliest on ties). Found from the text itself.
   */
  Engine.prototype.bestUnit = function (result, doc) {
    var self = this;
    var texts = [doc.title].concat(doc.paragraphs.map(function (p) { return p[1]; }));
    var analysed = texts.map(function (t) { return self.analyzer.analyze(t || ''); });
    for (var k = 0; k < result.phrases.length; k++) {
      var tokens = result.phrases[k];
      for (var u = 0; u < analysed.length; u++) {
        if (phraseIn(analysed[u], tokens)) {
          if (u > 0) {
            return u;
          }
          break;
        }
      }
    }
    var best = 0;
    var bestCount = 0;
    for (var v = 1; v < analysed.length; v++) {
      var here = new Set(analysed[v].map(function (t) { return t.term; }));
      var count = result.groups.filter(function (terms) {
        return Array.from(terms).some(function (t) { return here.has(t); });
      }).length;
      if (count > bestCount) {
        best = v;
        bestCount = count;
      }
    }
    return best;
  };

  function phraseIn(unitTokens, phrase) {
    var at = new Map();
    unitTokens.forEach(function (t) { at.set(t.position, t.term); });
    return unitTokens.some(function (t) {
      if (t.term !== phrase[0].term) {
        return false;
      }
      return phrase.every(function (p) { return at.get(t.position + p.position - phrase[0].position) === p.term; });
    });
  }

  // ---------------------------------------------------------------- the page

  var PAGE_SIZE = 10;
  var SNIPPET = 260;

  function Page(app) {
    this.app = app;
    this.engine = new Engine(app.getAttribute('data-index'));
    this.input = document.getElementById('search-q');
    this.form = document.getElementById('search-form');
    this.speaker = document.getElementById('search-speaker');
    this.country = document.getElementById('search-country');
    this.year = document.getElementById('search-year');
    this.status = document.getElementById('search-status');
    this.results = document.getElementById('search-results');
    this.more = document.getElementById('search-more');
    this.lang = document.documentElement.lang;
    this.generation = 0;
  }

  Page.prototype.message = function (name, n) {
    var text = this.app.getAttribute('data-msg-' + name) || '';
    return text.replace('{0}', String(n));
  };

  Page.prototype.start = function () {
    var self = this;
    document.getElementById('search-nojs').hidden = true;
    var params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') || '';
    this.engine.open().then(function (meta) {
      fill(self.speaker, meta.speakers.map(function (s) { return [s[0], s[1] + ' (' + s[2] + ')']; }));
      fill(self.country, meta.countries.map(function (c) { return [c[0], c[1] + ' (' + c[2] + ')']; }));
      fill(self.year, meta.years.map(function (y) { return [String(y[0]), y[0] + ' (' + (y[2] - y[1]) + ')']; }));
      self.speaker.value = params.get('intervenant') || '';
      self.country.value = params.get('pays') || '';
      self.year.value = params.get('annee') || '';
      document.getElementById('search-filters').hidden = false;
      var timer = 0;
      self.input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { self.run(); }, 150);
      });
      [self.speaker, self.country, self.year].forEach(function (sel) {
        sel.addEventListener('change', function () { self.run(); });
      });
      self.form.addEventListener('submit', function (e) {
        e.preventDefault();
        self.run();
      });
      self.more.addEventListener('click', function () { self.showMore(); });
      return self.run();
    }).catch(function (err) {
      self.status.textContent = self.message('error');
      self.app.setAttribute('data-state', 'error');
      if (window.console) {
        window.console.warn(err);
      }
    });
  };

  function fill(select, options) {
    options.forEach(function (o) {
      var option = document.createElement('option');
      option.value = o[0];
      option.textContent = o[1];
      select.appendChild(option);
    });
  }

  Page.prototype.filters = function () {
    return { speaker: this.speaker.value, country: this.country.value, year: this.year.value };
  };

  Page.prototype.remember = function (q, f) {
    var params = new URLSearchParams();
    if (q) { params.set('q', q); }
    if (f.speaker) { params.set('intervenant', f.speaker); }
    if (f.country) { params.set('pays', f.country); }
    if (f.year) { params.set('annee', f.year); }
    var query = params.toString();
    try {
      window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  };

  Page.prototype.run = function () {
    var self = this;
    var generation = ++this.generation;
    var q = this.input.value;
    var f = this.filters();
    this.remember(q.trim(), f);
    this.app.setAttribute('data-state', 'searching');
    this.status.textContent = this.message('loading');
    return this.engine.search(q, f).then(function (result) {
      if (generation !== self.generation) {
        return;
      }
      self.result = result;
      self.hits = result.hits;
      self.terms = result.terms;
      self.shown = 0;
      self.results.textContent = '';
      if (result.empty) {
        self.status.textContent = '';
      } else if (result.hits.length === 0) {
        self.status.textContent = self.message('none');
      } else {
        self.status.textContent = result.hits.length === 1 ? self.message('one') : self.message('count', result.hits.length);
      }
      return self.showMore(generation);
    }).catch(function (err) {
      self.status.textContent = self.message('error');
      self.app.setAttribute('data-state', 'error');
      if (window.console) {
        window.console.warn(err);
      }
    });
  };

  Page.prototype.showMore = function (generation) {
    var self = this;
    var gen = generation || this.generation;
    var page = this.hits.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += page.length;
    var result = this.result;
    return Promise.all(page.map(function (h) { return self.engine.doc(h.doc); })).then(function (docs) {
      if (gen !== self.generation) {
        return;
      }
      docs.forEach(function (doc, i) {
        self.results.appendChild(self.render(self.engine.bestUnit(result, doc), doc));
      });
      self.more.hidden = self.shown >= self.hits.length;
      self.app.setAttribute('data-state', 'done');
    });
  };

  Page.prototype.render = function (unit, doc) {
    var paragraphs = doc.paragraphs;
    var li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-id', doc.id);
    var h = document.createElement('h2');
    var a = document.createElement('a');
    var para = unit > 0 ? paragraphs[unit - 1] : null;
    a.href = doc.href + (para ? '#' + para[0] : '');
    a.textContent = doc.title;
    if (doc.lang !== this.lang) {
      a.lang = doc.lang;
    }
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    if (doc.date) {
      var time = document.createElement('time');
      time.dateTime = doc.date;
      time.textContent = formatDate(doc.date, this.lang);
      meta.appendChild(time);
    }
    if (doc.speakers.length) {
      meta.appendChild(document.createTextNode((doc.date ? ' · ' : '') + doc.speakers.join(', ')));
    }
    if (doc.lang !== this.lang) {
      var original = document.createElement('span');
      original.className = 'result-original';
      original.textContent = ' · ' + this.message('original');
      meta.appendChild(original);
    }
    li.appendChild(meta);
    var text = para ? para[1] : (paragraphs.length ? paragraphs[0][1] : '');
    var snippet = document.createElement('p');
    snippet.className = 'result-snippet';
    snippet.lang = doc.lang;
    this.highlight(snippet, text, para !== null);
    li.appendChild(snippet);
    return li;
  };

  /** Fills the snippet element with a window of the text around the first match, matches marked. */
  Page.prototype.highlight = function (element, text, marks) {
    var self = this;
    var tokens = marks ? this.engine.analyzer.analyze(text).filter(function (t) { return self.terms.has(t.term); }) : [];
    var from = 0;
    if (text.length > SNIPPET && tokens.length) {
      from = Math.max(0, tokens[0].start - 60);
      var space = text.lastIndexOf(' ', from);
      from = from === 0 ? 0 : space + 1;
    }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      var cut = text.lastIndexOf(' ', to);
      to = cut > from ? cut : to;
    }
    if (from > 0) {
      element.appendChild(document.createTextNode('… '));
    }
    var at = from;
    tokens.forEach(function (t) {
      if (t.start < at || t.end > to) {
        return;
      }
      element.appendChild(document.createTextNode(text.substring(at, t.markStart)));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(t.markStart, t.end);
      element.appendChild(mark);
      at = t.end;
    });
    element.appendChild(document.createTextNode(text.substring(at, to) + (to < text.length ? ' …' : '')));
  };

  function formatDate(iso, lang) {
    var d = new Date(iso + 'T00:00:00Z');
    if (isNaN(d.getTime())) {
      return iso;
    }
    return d.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  // ---------------------------------------------------------------- start

  /** For tests and tools: the analysis chain, once the index's lists are known. */
  window.pressArchiveSearch = {
    analyzer: function (stopWords, elisions) { return new Analyzer(stopWords, elisions); },
    parseQuery: parseQuery,
    options: OPTIONS
  };

  function boot() {
    var app = document.getElementById('search-app');
    if (app) {
      var page = new Page(app);
      window.pressArchiveSearch.page = page;
      page.start();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
