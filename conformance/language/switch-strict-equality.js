// description: switch compares with ===
// expect: ["number", "string", "none", "none"]
function test() {
  function f(x) { switch (x) { case '1': return 'string'; case 1: return 'number'; default: return 'none' } }
  return [f(1), f('1'), f(true), f(NaN)]
}
