// description: parse, the reviver walk and stringify keep explicit stacks, so nesting far past V8's call-stack depth works (V8 throws "RangeError: Maximum call stack size exceeded" for the reviver and stringify at this depth); within the 2 MB memory limit
// node: skip V8 walks revivers and stringifies recursively and runs out of call stack at this depth; ECMAScript sets no depth limit
// expect: [8192, 16384, true]
function test() {
  var a = '[', b = ']';
  for (var i = 0; i < 13; i++) { a += a; b += b; }
  var calls = 0;
  var v = JSON.parse(a + b, function (k, val) { calls++; return val; });
  var s = JSON.stringify(v);
  return [calls, s.length, s === a + b];
}
