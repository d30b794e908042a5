// description: a cycle is a TypeError whose message, as V8 words it, walks from the first repeated object to the key that closes the circle (the first two steps, an ellipsis, the last step), naming constructors and keys; objects seen twice without a cycle are fine
// expect: [["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 0 closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n    |     ...\n    |     property 'f' -> object with constructor 'Object'\n    --- property 'g' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Foo'\n    --- property 'p' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'p' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property '0' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'p' closes the circle"], "{}", "[{\"s\":1},{\"t\":{\"s\":1}},{\"s\":1}]", ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Date'\n    --- property 'p' closes the circle"], ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Bar'\n    --- property 's' closes the circle"]]
function test() {
  function message(make) {
    try {
      return JSON.stringify(make());
    } catch (e) {
      return [e.name, e.message];
    }
  }
  function Foo() {}
  return [
    message(function () { var a = {}; a.self = a; return a; }),
    message(function () { var a = []; a[0] = a; return a; }),
    message(function () { var a = { x: { y: [1, { z: null }] } }; a.x.y[1].z = a; return a; }),
    message(function () { var a = { x: { y: [1, { z: null }] } }; a.x.y[1].z = a.x; return { root: a }; }),
    message(function () { var a = { b: { c: { d: { e: { f: {} } } } } }; a.b.c.d.e.f.g = a; return a; }),
    message(function () { var a = new Foo(); a.p = a; return a; }),
    message(function () { var a = Object.create(null); a.p = a; return a; }),
    message(function () { var a = {}; a[0] = a; return a; }),
    message(function () { var a = { toJSON: function () { return b; } }; var b = { p: a }; return [b]; }),
    message(function () { return {}; }),
    message(function () { var shared = { s: 1 }; return [shared, { t: shared }, shared]; }),
    message(function () { var a = new Date(0); a.p = a; a.toJSON = undefined; return a; }),
    message(function () { var p = {}; p.constructor = function Bar() {}; var a = Object.create(p); a.s = a; return a; })
  ];
}
