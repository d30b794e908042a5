// description: the reviver walks an array up to the length it has when the walk reaches it, even one the reviver made huge; each element costs a step, so the walk stops at the compute limit
// node: skip Node has no step limit
// expect: limit ComputeLimit
function test() {
  return JSON.parse('[0,[1]]', function (k, v) {
    if (k === '0' && v === 0) { this[1].length = 4294967295; }
    return k === '' ? 'done' : v;
  });
}
