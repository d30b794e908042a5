// description: Number and String objects with their default methods: as values, as replacer-list entries and as space they are converted with Number.prototype.valueOf and String.prototype.toString; a String object's toString is preferred to its valueOf and a Number object's valueOf to its toString
// expect: ["[1,\"s\",0,null,\"s\",7]", "{\"b\":2,\"3\":\"c\"}", "[\n   1\n]", "[\nab1\n]", "[\ns1\n]", "[\n       1\n]"]
function test() {
  var sv = Object('s');
  sv.valueOf = function () { return 'not used'; };
  var nv = Object(7);
  nv.toString = function () { return 'not used'; };
  return [
    JSON.stringify([Object(1), Object('s'), Object(-0), Object(NaN), sv, nv]),
    JSON.stringify({ a: 1, b: 2, 3: 'c' }, [Object('b'), Object(3)]),
    JSON.stringify([1], null, Object(3)), JSON.stringify([1], null, Object('ab')), JSON.stringify([1], null, sv), JSON.stringify([1], null, nv)
  ];
}
