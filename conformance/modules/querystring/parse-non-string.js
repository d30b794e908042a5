// description: parse of a non-string or empty string is an empty object, without converting the argument
// expect: [0, 0, 0, 0, 0, false, 0, true]
function test() {
  var qs = require('querystring');
  var called = false;
  var obj = { toString: function () { called = true; return 'a=1'; } };
  function keys(o) { return Object.keys(o).length; }
  return [keys(qs.parse()), keys(qs.parse('')), keys(qs.parse(null)), keys(qs.parse(12)), keys(qs.parse(obj)), called,
    keys(qs.parse(['a=1'])), Object.getPrototypeOf(qs.parse(5)) === null];
}
