// description: join(separator) and toString render elements with Number::toString; the separator goes through ToString; toString calls join
// expect: ["1.5,0,NaN,Infinity,1e+21,1e-7,0.1", "1.5 | 0 | NaN | Infinity | 1e+21 | 1e-7 | 0.1", "123", "1,2,3", "1null2null3", "10203", "1--2--3", "", "1,2,3", "1.5,0,NaN,Infinity,1e+21,1e-7,0.1", "-1,-128", "custom", "1,2,3", "generic", TypeError: Method %TypedArray%.prototype.join called on incompatible receiver [object Array], TypeError: Method %TypedArray%.prototype.join called on incompatible receiver #<Object>, "1�2"]
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var f = new Float64Array([1.5, -0, NaN, Infinity, 1e21, 1e-7, 0.1]);
  var u = new Uint8Array([1, 2, 3]);
  var custom = new Uint8Array([4, 5]);
  custom.join = function () { return 'custom'; };
  return [
    f.join(), f.join(' | '), u.join(''), u.join(undefined), u.join(null), u.join(0), u.join({ toString: function () { return '--'; } }), new Uint8Array(0).join('x'),
    u.toString(), f.toString(), new Int8Array([-1, -128]).toString(), custom.toString(), u + '',
    Object.getPrototypeOf(Uint8Array.prototype).toString.call({ join: function () { return 'generic'; } }),
    t(function () { return Uint8Array.prototype.join.call([1, 2]); }), t(function () { return Uint8Array.prototype.join.call({}); }),
    new Uint8Array([1, 2]).join('\ud800')
  ];
}
