// description: JSON.stringify of each kind of value: literals, numbers (-0 as 0, non-finite as null, exponent forms), strings, nested arrays and objects; undefined, functions and symbols give undefined at the top, are omitted as properties and become null in arrays
// expect: ["null", "true", "false", "\"s\"", "0", "0", "1.5", "-1e+21", "1e-7", "123456789012345680000", "null", "null", "null", undefined, undefined, undefined, "[]", "{}", "[[],{},[[]]]", "{\"a\":1,\"b\":\"x\",\"c\":null,\"d\":[true,false],\"e\":{\"f\":{}}}", "{\"n\":null,\"i\":null,\"z\":0}", "[null,null,null,0,null]", "[null,1,null,2,null]"]
function test() {
  var f = function () {};
  return [
    JSON.stringify(null), JSON.stringify(true), JSON.stringify(false), JSON.stringify('s'),
    JSON.stringify(0), JSON.stringify(-0), JSON.stringify(1.5), JSON.stringify(-1e21), JSON.stringify(1e-7), JSON.stringify(123456789012345680000),
    JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity),
    JSON.stringify(undefined), JSON.stringify(f), JSON.stringify(),
    JSON.stringify([]), JSON.stringify({}), JSON.stringify([[], {}, [[]]]),
    JSON.stringify({ a: 1, b: 'x', c: null, d: [true, false], e: { f: {} } }),
    JSON.stringify({ u: undefined, f: f, n: NaN, i: -Infinity, z: -0 }),
    JSON.stringify([undefined, f, NaN, -0, null]),
    JSON.stringify([, 1, , 2, ,])
  ];
}
