// description: String() converts with ToString (symbols described when called), new String() makes a wrapper with indexed characters and length
// expect: ["", "undefined", "null", "true", "0", "1e+21", "NaN", "obj", "1,2,3", "[object Object]", "x", "object", 5, "é", undefined, "héllo", "héllo", "héllo!", ["0", "1", "2", "3", "4"], ["0", "1", "length"], true, "[object String]", "string", 1, "String", "[object String]", 0, "", true, true, 0, "undefined", "obj", "TypeError: Cannot assign to read only property", "TypeError: Cannot assign to read only property 'len"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var w = new String("héllo");
  var obj = { toString: function () { return "obj"; }, valueOf: function () { return 42; } };
  return [
    String(), String(undefined), String(null), String(true), String(-0), String(1e21), String(NaN),
    String(obj), String({ toString: function () { return "1,2,3"; } }), String({}), String("x"),
    typeof w, w.length, w[1], w[5], w.valueOf(), w.toString(), w + "!", Object.keys(w),
    Object.getOwnPropertyNames(new String("ab")), w instanceof String,
    Object.prototype.toString.call(w), typeof String("a"), String.length, String.name,
    Object.prototype.toString.call(String.prototype), String.prototype.length, String.prototype.valueOf(),
    String.prototype.constructor === String, Object.getPrototypeOf(w) === String.prototype,
    new String().length, new String(undefined).valueOf(), new String(obj).valueOf(),
    t(function () { var s = new String("ab"); s[0] = "z"; return s[0] + s.length; }).slice(0, 46),
    t(function () { "use strict"; var s = new String("ab"); s.length = 5; return s.length; }).slice(0, 51)
  ];
}
