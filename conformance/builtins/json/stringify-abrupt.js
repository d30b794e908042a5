// description: exceptions from getters, toJSON, the replacer, replacer-list conversion and space conversion propagate out of JSON.stringify, and each is reached in the specified order (replacer list, then space, then values)
// expect: ["RangeError: getter", "SyntaxError: toJSON", "URIError: replacer", "EvalError: list", "TypeError: space", "Error: toJSON getter", "{\n \"a\": 1\n}", ["list[0]", "space", "value.a"]]
function test() {
  var log = [];
  function t(f) { try { return f(); } catch (e) { return e.name + ': ' + e.message; } }
  var r = [
    t(function () { return JSON.stringify({ get a() { throw new RangeError('getter'); } }); }),
    t(function () { return JSON.stringify({ toJSON: function () { throw new SyntaxError('toJSON'); } }); }),
    t(function () { return JSON.stringify([1], function () { throw new URIError('replacer'); }); }),
    t(function () { var bad = Object('?'); bad.toString = function () { throw new EvalError('list'); }; return JSON.stringify({}, [bad]); }),
    t(function () { var bad = Object(1); bad.valueOf = function () { throw new TypeError('space'); }; return JSON.stringify({}, null, bad); }),
    t(function () { var toJSONGetter = {}; Object.defineProperty(toJSONGetter, 'toJSON', { get: function () { throw new Error('toJSON getter'); } }); return JSON.stringify([toJSONGetter]); })
  ];
  var list = [];
  Object.defineProperty(list, 0, { get: function () { log[log.length] = 'list[0]'; return 'a'; } });
  var space = Object(1);
  space.valueOf = function () { log[log.length] = 'space'; return 1; };
  var value = {};
  Object.defineProperty(value, 'a', { get: function () { log[log.length] = 'value.a'; return 1; }, enumerable: true });
  r[r.length] = JSON.stringify(value, list, space);
  r[r.length] = log;
  return r;
}
