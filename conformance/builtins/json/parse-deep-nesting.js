// description: JSON.parse handles deep nesting (1024 levels of arrays and of objects, with and without a reviver) without recursion limits getting in the way
// expect: [1023, 1024, 1025]
function test() {
  var a = '[', b = ']';
  for (var i = 0; i < 10; i++) { a += a; b += b; }
  var v = JSON.parse(a + b);
  var depth = 0;
  while (v.length) { v = v[0]; depth++; }
  var o = '{"k":', c = '}';
  for (i = 0; i < 10; i++) { o += o; c += c; }
  var calls = 0;
  var w = JSON.parse(o + 'null' + c, function (k, val) { calls++; return val; });
  var d2 = 0;
  while (w !== null) { w = w.k; d2++; }
  return [depth, d2, calls];
}
