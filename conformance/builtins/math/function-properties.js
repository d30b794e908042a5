// description: every Math function's length, name and property attributes
// expect: [["abs/1/true/truefalsetrue/function/false", "acos/1/true/truefalsetrue/function/false", "acosh/1/true/truefalsetrue/function/false", "asin/1/true/truefalsetrue/function/false", "asinh/1/true/truefalsetrue/function/false", "atan/1/true/truefalsetrue/function/false", "atanh/1/true/truefalsetrue/function/false", "atan2/2/true/truefalsetrue/function/false", "cbrt/1/true/truefalsetrue/function/false", "ceil/1/true/truefalsetrue/function/false", "clz32/1/true/truefalsetrue/function/false", "cos/1/true/truefalsetrue/function/false", "cosh/1/true/truefalsetrue/function/false", "exp/1/true/truefalsetrue/function/false", "expm1/1/true/truefalsetrue/function/false", "floor/1/true/truefalsetrue/function/false", "fround/1/true/truefalsetrue/function/false", "hypot/2/true/truefalsetrue/function/false", "imul/2/true/truefalsetrue/function/false", "log/1/true/truefalsetrue/function/false", "log1p/1/true/truefalsetrue/function/false", "log10/1/true/truefalsetrue/function/false", "log2/1/true/truefalsetrue/function/false", "max/2/true/truefalsetrue/function/false", "min/2/true/truefalsetrue/function/false", "pow/2/true/truefalsetrue/function/false", "random/0/true/truefalsetrue/function/false", "round/1/true/truefalsetrue/function/false", "sign/1/true/truefalsetrue/function/false", "sin/1/true/truefalsetrue/function/false", "sinh/1/true/truefalsetrue/function/false", "sqrt/1/true/truefalsetrue/function/false", "tan/1/true/truefalsetrue/function/false", "tanh/1/true/truefalsetrue/function/false", "trunc/1/true/truefalsetrue/function/false"], "TypeError"]
function test() {
  var names = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
    'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log1p', 'log10', 'log2', 'max', 'min', 'pow', 'random', 'round', 'sign',
    'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(Math, names[i]);
    var f = d.value;
    out[i] = names[i] + '/' + f.length + '/' + (f.name === names[i]) + '/' + d.writable + d.enumerable + d.configurable + '/' +
      (typeof f) + '/' + ('prototype' in f);
  }
  function kind(g) { try { return g(); } catch (e) { return e.name; } }
  return [out, kind(function () { return new Math.abs(1); })];
}
