// description: each member JSON.stringify visits costs a step even when nothing is written: a replacer list naming absent keys, applied to many objects, stops at the compute limit
// node: skip Node has no step limit
// expect: limit ComputeLimit
function test() {
  var list = [];
  for (var i = 0; i < 2000; i++) { list[i] = 'k' + i; }
  var objects = [];
  for (i = 0; i < 2000; i++) { objects[i] = {}; }
  return JSON.stringify(objects, list).length;
}
