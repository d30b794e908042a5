// description: Object.keys lists string keys in insertion order (after integer keys, ascending), skipping non-enumerable ones, for few and many keys (around 16), deleted and re-added keys, arrays, functions, strings, primitives and prototypes; each call returns a new array
// expect: [["b", "a", "c", "more"], ["b", "a", "c"], ["1", "2", "4294967294", "b", "a", "01", "4294967295"], ["y", "z"], 16, ["k0", "k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13", "k14", "k15", "k16"], "k0,k1,k2,k3,k4,k5,k6,k7,k8,k9,k10,k11,k12,k13,k14,k15,k16", "k0,k1,k2,k3,k4,k5,k6,k7,k8,k9,k10,k11,k12,k13,k14,k15,k16,k17,k18,k19,k20,k21,k22,k23,k24,k25,k26,k27,k28,k29,k30,k31,k32,k33,k34,k35,k36,k37,k38,k39", ["a", "c", "b"], ["0", "1", "extra"], ["own"], ["own"], ["only"], ["f", "g"], ["g", "v"], [], ["0", "1"], [], ["0", "1"], ["0", "1"], false, [], [], []]
function test() {
  var o = { b: 1, a: 2, c: 3 };
  var first = Object.keys(o);
  first.push("more");
  var second = Object.keys(o);
  var indexed = { b: 1, 2: "x", a: 2, 1: "y", "01": 3, "4294967295": 4, "4294967294": 5 };
  var hidden = { x: 1, y: 2 };
  Object.defineProperty(hidden, "h", { value: 3, enumerable: false });
  hidden.z = 4;
  Object.defineProperty(hidden, "x", { enumerable: false });
  var sixteen = {}, seventeen = {}, full17 = {}, many = {};
  for (var i = 0; i < 40; i++) {
    if (i < 16) sixteen["k" + i] = i;
    if (i < 17) seventeen["k" + i] = full17["k" + i] = i;
    many["k" + i] = i;
  }
  Object.defineProperty(seventeen, "k3", { enumerable: false });
  var deleted = { a: 1, b: 2, c: 3 };
  delete deleted.b;
  deleted.b = 4;
  var arr = ["x", "y"];
  arr.extra = 1;
  var fn = function f(a, b) {};
  fn.own = 1;
  var child = Object.create({ inherited: 1 });
  child.own = 2;
  var none = Object.create(null);
  none.only = 1;
  var frozen = Object.freeze({ f: 1, g: 2 });
  var got = { get g() { return 1; }, v: 2 };
  return [
    first, second, Object.keys(indexed), Object.keys(hidden), Object.keys(sixteen).length, Object.keys(seventeen), Object.keys(full17).join(","),
    Object.keys(many).join(","), Object.keys(deleted), Object.keys(arr), Object.keys(fn), Object.keys(child),
    Object.keys(none), Object.keys(frozen), Object.keys(got), Object.keys({}), Object.keys("hi"), Object.keys(7),
    Object.keys(new String("ab")), (function () { return Object.keys(arguments); })(1, 2), Object.keys(o) === Object.keys(o),
    Object.keys(Math), Object.keys(JSON), Object.keys(Object.prototype)
  ];
}
