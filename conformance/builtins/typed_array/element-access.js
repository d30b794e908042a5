// description: typed arrays expose their elements as writable, enumerable, configurable data properties; out-of-range and non-canonical numeric keys are never elements nor looked up on the prototype
// expect: [undefined, undefined, undefined, undefined, undefined, "proto", undefined, 20, 20, false, false, true, false, false, false, false, ["0", "1", "2"], ["0", "1", "2"], true, false, false, {value: 20, writable: true, enumerable: true, configurable: true}, undefined, undefined, [undefined, undefined, undefined, 7, 1, 255, ["0", "1", "2", "01", "extra"]], [true, true, "TypeError"], [5, 6, TypeError: Cannot redefine property: 1, TypeError: Cannot redefine property: 1, TypeError: Cannot redefine property: 1, TypeError: Cannot redefine property: 1, 3, 6]]
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var a = new Uint8Array([10, 20, 30]);
  Object.prototype[5] = 'proto';
  Object.prototype['-0'] = 'proto';
  Object.prototype['1.5'] = 'proto';
  Object.prototype.x = 'proto';
  var r = [a[5], a['-0'], a['1.5'], a[-1], a['-1'], a.x, a['01'], a[1], a['1'], 5 in a, '-0' in a, 2 in a, 3 in a, '01' in a, 'NaN' in a, 'Infinity' in a,
    Object.keys(a), Object.getOwnPropertyNames(a), a.hasOwnProperty(0), a.hasOwnProperty(3), a.hasOwnProperty('-0'),
    Object.getOwnPropertyDescriptor(a, 1), Object.getOwnPropertyDescriptor(a, 3), Object.getOwnPropertyDescriptor(a, '-0')];
  delete Object.prototype[5];
  delete Object.prototype['-0'];
  delete Object.prototype['1.5'];
  delete Object.prototype.x;
  a[3] = 99;
  a['-0'] = 99;
  a['1.5'] = 99;
  a['01'] = 7;
  a.extra = 1;
  a[0] = '255';
  var keys = [];
  for (var k in a) { keys[keys.length] = k; }
  r[r.length] = [a[3], a['-0'], a['1.5'], a['01'], a.extra, a[0], keys];
  r[r.length] = [delete a[3], delete a['-0'], t(function () { try { return delete a[0]; } catch (e) { return e.name; } })];
  r[r.length] = [Object.defineProperty(a, 1, { value: 5 })[1], Object.defineProperty(a, 1, { value: 6, writable: true, enumerable: true, configurable: true })[1],
    t(function () { return Object.defineProperty(a, 1, { value: 1, writable: false }); }), t(function () { return Object.defineProperty(a, 1, { enumerable: false }); }),
    t(function () { return Object.defineProperty(a, 1, { get: function () { return 1; } }); }), t(function () { return Object.defineProperty(a, 1, { configurable: false }); }),
    Object.defineProperty(a, 'y', { value: 3 }).y, a[1]];
  return r;
}
