// The conformance rendering of a value, mirrored from edgefn's
// `Vm::inspect` (src/vm/inspect.rs), so that Node can check the expected
// results written in conformance cases.
'use strict';

function quote(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out + '"';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function render(v, seen) {
  seen = seen || [];
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'symbol') return 'Symbol(' + (v.description || '') + ')';
  if (seen.includes(v)) return '[Circular]';
  if (seen.length >= 6) return '...';
  if (typeof v === 'function') return v.name ? '[Function ' + v.name + ']' : '[Function]';
  const tag = Object.prototype.toString.call(v);
  if (tag === '[object Error]') {
    const msg = v.message === undefined ? '' : String(v.message);
    return msg ? v.name + ': ' + msg : String(v.name);
  }
  if (tag === '[object RegExp]') return '/' + v.source + '/' + v.flags;
  if (tag === '[object Date]') return 'Date(' + String(v.getTime()) + ')';
  if (tag === '[object Boolean]') return '[Boolean ' + v.valueOf() + ']';
  if (tag === '[object Number]') return '[Number ' + String(v.valueOf()) + ']';
  if (tag === '[object String]') return '[String ' + quote(v.valueOf()) + ']';
  seen.push(v);
  const parts = [];
  const isArray = Array.isArray(v);
  if (isArray) {
    for (let i = 0; i < v.length; i++) {
      const d = Object.getOwnPropertyDescriptor(v, i);
      parts.push(d === undefined ? '<hole>' : d.get || d.set ? '[Getter]' : render(d.value, seen));
    }
  }
  for (const k of Object.getOwnPropertyNames(v)) {
    if (isArray && (String(k >>> 0) === k && k >>> 0 !== 4294967295)) continue;
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (!d.enumerable) continue;
    const name = IDENT.test(k) ? k : quote(k);
    parts.push(name + ': ' + (d.get || d.set ? '[Getter]' : render(d.value, seen)));
  }
  seen.pop();
  return isArray ? '[' + parts.join(', ') + ']' : '{' + parts.join(', ') + '}';
}

module.exports = { render };
