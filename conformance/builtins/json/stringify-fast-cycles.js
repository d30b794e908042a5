// description: cycles through arrays and objects are found at any depth, also when the circle closes on an object more than thirty levels down or when toJSON or a replacer returns an object already being serialized; an object reached twice without a cycle is serialized twice; deep acyclic nesting is fine
// expect: [["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    |     property 'k' -> object with constructor 'Array'\n    --- index 0 closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    |     property 'n' -> object with constructor 'Array'\n    |     ...\n    |     property 'n' -> object with constructor 'Array'\n    --- index 1 closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    |     property 'n' -> object with constructor 'Array'\n    |     ...\n    |     index 1 -> object with constructor 'Object'\n    --- property 'back' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 1 closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'inner' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'a' closes the circle"], 481, 12002]
function test() {
  function attempt(f) {
    try { return f(); } catch (e) { return [e.name, e.message]; }
  }
  function chain(depth) {
    var root = { d: 0 };
    var cur = root;
    var all = [root];
    for (var i = 1; i < depth; i++) { var next = i % 2 ? [i] : { d: i }; if (Array.isArray(cur)) { cur.push(next); } else { cur.n = next; } cur = next; all.push(cur); }
    return { root: root, last: cur, all: all };
  }
  function close(c, target) {
    if (Array.isArray(c.last)) { c.last.push(target); } else { c.last.back = target; }
  }
  var out = [];
  var viaArray = [1, { k: [] }];
  viaArray[1].k.push(viaArray);
  out.push(attempt(function () { return JSON.stringify(viaArray); }));
  var c40 = chain(40);
  close(c40, c40.all[35]);
  out.push(attempt(function () { return JSON.stringify(c40.root); }));
  var c41 = chain(41);
  close(c41, c41.all[3]);
  out.push(attempt(function () { return JSON.stringify(c41.root); }));
  var c70 = chain(70);
  close(c70, c70.all[69]);
  out.push(attempt(function () { return JSON.stringify(c70.root); }));
  var self = { toJSON: function () { return wrapper; } };
  var wrapper = { inner: self };
  out.push(attempt(function () { return JSON.stringify(wrapper); }));
  var rep = { a: {} };
  out.push(attempt(function () { return JSON.stringify(rep, function (k, v) { return k === 'a' ? rep : v; }); }));
  var shared = { s: [1] };
  var twice = chain(50);
  twice.last.push({ x: shared, y: [shared, shared] });
  out.push(JSON.stringify(twice.root).length);
  var deep = [];
  var d = deep;
  for (var i = 0; i < 3000; i++) { var next = i % 2 ? [] : {}; if (Array.isArray(d)) { d.push(next); } else { d.k = next; } d = next; }
  out.push(JSON.stringify(deep).length);
  return out;
}
