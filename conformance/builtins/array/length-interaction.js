// description: methods on arrays whose length is non-writable or whose elements are non-configurable fail as the spec says
// expect: ["TypeError", "TypeError", 3, undefined, "TypeError", 2, "TypeError", "TypeError", "copy sorts"]
function test() {
  var out = [];
  var a = [1, 2, 3];
  Object.defineProperty(a, 'length', { writable: false });
  try { a.push(4); } catch (e) { out.push(e.name); }
  try { a.pop(); } catch (e) { out.push(e.name); }
  out.push(a.length, a[2]);
  var b = [1, 2, 3];
  Object.defineProperty(b, 1, { value: 2, configurable: false });
  try { b.length = 0; } catch (e) { out.push(e.name); }
  out.push(b.length);
  var c = [1, 2, 3];
  Object.freeze(c);
  try { c.sort(); out.push('sorted'); } catch (e) { out.push(e.name); }
  try { c.reverse(); } catch (e) { out.push(e.name); }
  try { [3, 2, 1].concat(c).sort(); out.push('copy sorts'); } catch (e) { out.push(e.name); }
  return out;
}
