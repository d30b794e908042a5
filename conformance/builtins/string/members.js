// description: the String members each runtime has: the listed methods with their lengths; at, matchAll, normalize, raw, trimLeft, trimRight and the HTML methods are not listed and absent
// node: skip CloudFront exposes only the listed String members
// expect: ["charAt:1", "charCodeAt:1", "codePointAt:1", "concat:1", "endsWith:1", "includes:1", "indexOf:1", "lastIndexOf:1", "localeCompare:1", "match:1", "padEnd:1", "padStart:1", "repeat:1", "replace:2", "search:1", "slice:2", "split:2", "startsWith:1", "substr:2", "substring:2", "toLowerCase:0", "toLocaleLowerCase:0", "toUpperCase:0", "toLocaleUpperCase:0", "toString:0", "trim:0", "trimStart:0", "trimEnd:0", "valueOf:0", "replaceAll:2", "fromCharCode:1", "fromCodePoint:1", "at:undefined", "matchAll:undefined", "normalize:undefined", "trimLeft:undefined", "trimRight:undefined", "anchor:undefined", "raw:undefined", "bytesFrom:undefined", "fromUTF8:undefined"]
// expect cloudfront-js-1.0: ["charAt:1", "charCodeAt:1", "codePointAt:1", "concat:1", "endsWith:1", "includes:1", "indexOf:1", "lastIndexOf:1", "localeCompare:1", "match:1", "padEnd:1", "padStart:1", "repeat:1", "replace:2", "search:1", "slice:2", "split:2", "startsWith:1", "substr:2", "substring:2", "toLowerCase:0", "toLocaleLowerCase:0", "toUpperCase:0", "toLocaleUpperCase:0", "toString:0", "trim:0", "trimStart:0", "trimEnd:0", "valueOf:0", "replaceAll:undefined", "fromCharCode:1", "fromCodePoint:1", "at:undefined", "matchAll:undefined", "normalize:undefined", "trimLeft:undefined", "trimRight:undefined", "anchor:undefined", "raw:undefined", "bytesFrom:0", "fromUTF8:0"]
function test() {
  var p = String.prototype;
  var names = ["charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf", "localeCompare",
    "match", "padEnd", "padStart", "repeat", "replace", "search", "slice", "split", "startsWith", "substr", "substring",
    "toLowerCase", "toLocaleLowerCase", "toUpperCase", "toLocaleUpperCase", "toString", "trim", "trimStart", "trimEnd", "valueOf",
    "replaceAll"];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    out[out.length] = names[i] + ":" + (typeof p[names[i]] === "function" ? p[names[i]].length : "undefined");
  }
  var statics = ["fromCharCode", "fromCodePoint"];
  for (var j = 0; j < statics.length; j++) {
    out[out.length] = statics[j] + ":" + String[statics[j]].length;
  }
  var absent = ["at", "matchAll", "normalize", "trimLeft", "trimRight", "anchor"];
  for (var k = 0; k < absent.length; k++) {
    out[out.length] = absent[k] + ":" + (typeof p[absent[k]] === "function" ? p[absent[k]].length : "undefined");
  }
  out[out.length] = "raw:" + (typeof String.raw === "function" ? String.raw.length : "undefined");
  out[out.length] = "bytesFrom:" + (typeof String.bytesFrom === "function" ? String.bytesFrom.length : "undefined");
  out[out.length] = "fromUTF8:" + (typeof p.fromUTF8 === "function" ? p.fromUTF8.length : "undefined");
  return out;
}
