// description: splice with every argument shape: negative and huge starts, missing and coerced counts, insertion longer and shorter
// expect: [[[], [0, 1, 2, 3, 4]], [[2, 3, 4], [0, 1]], [[3, 4], [0, 1, 2]], [[1, 2], [0, 3, 4]], [[], [0, "x", "y", 1, 2, 3, 4]], [[1, 2, 3], [0, "x", 4]], [[0], [1, 2, 3, 4]], [[], [0, 1, 2, 3, 4, "z"]], [[], [0, 1, 2, 3, 4]], [[1, 2], [0, 3, 4]], [[], [0, 1, 2, 3, 4]], [[0, 1, 2, 3, 4], []], [[1], [0, 2, 3, 4]], [[0, 1, 2, 3, 4], []], [[0, 1], ["n", 2, 3, 4]], [2, false, 3, false]]
function test() {
  function s() {
    var a = [0, 1, 2, 3, 4];
    var r = Array.prototype.splice.apply(a, arguments);
    return [r, a];
  }
  return [s(), s(2), s(-2), s(1, 2), s(1, 0, 'x', 'y'), s(1, 3, 'x'), s(-10, 1), s(10, 1, 'z'),
    s(1, -1), s(1, '2'), s(1, undefined), s(undefined), s(1.7, 1.7), s(0, Infinity), s(NaN, 2, 'n'),
    (function () { var h = [0, , 2, , 4]; var r = h.splice(1, 2); return [r.length, 0 in r, h.length, 1 in h]; })()];
}
