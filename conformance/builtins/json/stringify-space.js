// description: the space argument: numbers are truncated and clamped to 10 spaces (below 1: none), strings contribute their first 10 code units, other values are ignored; empty containers stay [] and {}
// expect: ["{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\",\n  \"e\": [],\n  \"f\": {}\n}", "{\n--\"a\": [\n----1,\n----{\n------\"b\": 2\n----}\n--],\n--\"c\": \"x\",\n--\"e\": [],\n--\"f\": {}\n}", "[\n          1\n]", "[\n          1\n]", "[1]", "[1]", "[\n          1\n]", "[\n12345678901\n]", "[1]", "[\n\t1\n]", "[1]", "[1]", "[1]", "{\n \"a\": {\n  \"b\": {\n   \"c\": []\n  }\n }\n}", "[\n [\n  []\n ],\n [\n  {}\n ]\n]", "\"top\"", "{}", "[\n  null\n]"]
function test() {
  var v = { a: [1, { b: 2 }], c: 'x', e: [], f: {} };
  return [
    JSON.stringify(v, null, 2), JSON.stringify(v, null, '--'), JSON.stringify([1], null, 20), JSON.stringify([1], null, 10.9),
    JSON.stringify([1], null, -5), JSON.stringify([1], null, NaN), JSON.stringify([1], null, Infinity),
    JSON.stringify([1], null, '12345678901234'), JSON.stringify([1], null, ''), JSON.stringify([1], null, '\t'),
    JSON.stringify([1], null, true),
    JSON.stringify([1], null, {}), JSON.stringify([1], null, [2]), JSON.stringify({ a: { b: { c: [] } } }, null, 1),
    JSON.stringify([[[]], [{}]], null, 1), JSON.stringify('top', null, 4), JSON.stringify({}, null, 4), JSON.stringify([undefined], null, 2)
  ];
}
