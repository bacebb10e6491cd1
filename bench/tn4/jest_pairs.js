// Runs a jest test file's bodies with stand-ins that record (input, expected) for every
// `expect(getText(N)).toBe(S)` with a single-argument getText; the library itself is never run.
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8').replace(/^import .*$/mg, '');
const out = [];
function getText(n, sep) { return { __n: n, __sep: sep, __args: arguments.length }; }
function expect(v) {
  const m = {
    toBe(s) { if (v && v.__n !== undefined && v.__args === 1) out.push([String(v.__n), s, ctx.join(' > ')]); },
    toMatch() {}, toContain() {}, toThrow() {}, toBeTruthy() {}, toEqual(s) { m.toBe(s); },
  };
  m.not = { toMatch() {}, toBe() {}, toContain() {} };
  return m;
}
const ctx = [];
function describe(name, fn) { ctx.push(name); fn(); ctx.pop(); }
function test(name, fn) { ctx.push(name); try { fn(); } catch (e) { /* stand-ins only */ } ctx.pop(); }
const it = test;
new Function('getText', 'expect', 'describe', 'test', 'it', src)(getText, expect, describe, test, it);
process.stdout.write(JSON.stringify(out));
