#!/usr/bin/env node
// Times Mozilla Readability (with jsdom) over the same pages as bench_extract, in the same
// order: zyte/html/*.html.gz, vi/*.html, vi/non-articles/*.html, readability/test-pages/*/source.html.
//
//   node bench.js CORPUS_DIR [--zyte-out FILE]
//
// Each page's time covers what docbao's time covers: parsing the page into a DOM and
// extracting the article (jsdom + Readability.parse()), not reading or unzipping the file.
// Prints one "speed" line per corpus and one for all pages with the median and mean
// milliseconds per page and the process's peak resident memory. --zyte-out writes the Zyte
// predictions ({id: {articleBody: textContent}}) so that bench_extract --score-zyte can score
// them with docbao's scorer.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { performance } = require('node:perf_hooks');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function listPages(root) {
  const pages = [];
  const zyte = path.join(root, 'zyte', 'html');
  if (fs.existsSync(zyte)) {
    for (const f of fs.readdirSync(zyte).filter((f) => f.endsWith('.html.gz')).sort()) {
      pages.push({ corpus: 'zyte', id: f.replace(/\.html\.gz$/, ''), file: path.join(zyte, f) });
    }
  }
  const vi = path.join(root, 'vi');
  if (fs.existsSync(vi)) {
    for (const f of fs.readdirSync(vi).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({ corpus: 'vi', id: f, file: path.join(vi, f) });
    }
    const lists = path.join(vi, 'non-articles');
    if (fs.existsSync(lists)) {
      for (const f of fs.readdirSync(lists).filter((f) => f.endsWith('.html')).sort()) {
        pages.push({ corpus: 'vi', id: f, file: path.join(lists, f) });
      }
    }
  }
  const rd = path.join(root, 'readability', 'test-pages');
  if (fs.existsSync(rd)) {
    for (const d of fs.readdirSync(rd).sort()) {
      const file = path.join(rd, d, 'source.html');
      if (fs.existsSync(file)) {
        pages.push({ corpus: 'readability', id: d, file });
      }
    }
  }
  return pages;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function main() {
  const args = process.argv.slice(2);
  let root = null;
  let zyteOut = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--zyte-out') zyteOut = args[++i];
    else root = args[i];
  }
  if (!root || !fs.existsSync(root)) {
    console.log(`readability bench: no corpus at ${root}; nothing measured`);
    return;
  }
  const pages = listPages(root);
  const times = { zyte: [], vi: [], readability: [] };
  const all = [];
  const zyte = {};
  const quiet = new VirtualConsole(); // page scripts and CSS errors stay silent
  for (const p of pages) {
    let buf = fs.readFileSync(p.file);
    if (p.file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
    const html = buf.toString('utf8');
    const t0 = performance.now();
    let text = '';
    try {
      const dom = new JSDOM(html, { url: 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.textContent ? article.textContent : '';
      dom.window.close();
    } catch (e) {
      text = '';
    }
    const ms = performance.now() - t0;
    times[p.corpus].push(ms);
    all.push(ms);
    if (p.corpus === 'zyte') zyte[p.id] = { articleBody: text };
  }
  for (const c of ['zyte', 'vi', 'readability']) {
    if (times[c].length) {
      console.log(`speed ${c.padEnd(12)} pages=${times[c].length} median_ms=${median(times[c]).toFixed(3)} mean_ms=${mean(times[c]).toFixed(3)}`);
    }
  }
  const rss = process.resourceUsage().maxRSS; // kilobytes
  console.log(`speed all          pages=${all.length} median_ms=${median(all).toFixed(3)} mean_ms=${mean(all).toFixed(3)} peak_rss_kb=${rss}`);
  if (zyteOut) fs.writeFileSync(zyteOut, JSON.stringify(zyte));
}

main();
