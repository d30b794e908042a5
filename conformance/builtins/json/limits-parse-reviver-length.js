// description: the reviver walks an array up to the length it has when the walk reaches it, even one the reviver made huge; each element costs a step and a call of a reviver that spends some thirty steps on it, so the walk stops at the compute limit (a cheaper reviver can fill the memory first: each element's key is a new string, kept to the end of the event)
// node: skip Node has no step limit
// expect: limit ComputeLimit
function test() {
  return JSON.parse('[0,[1]]', function (k, v) {
    for (var i = 0; i < 10; i++) {}
    if (k === '0' && v === 0) { this[1].length = 4294967295; }
    return k === '' ? 'done' : v;
  });
}
