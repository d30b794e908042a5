// description: toJSON is looked up on object values (own or inherited) and called with the key as a string and the value as this; its result is serialized, before the replacer sees it; non-callable toJSON is ignored; Date.prototype.toJSON gives the ISO string (null for invalid dates)
// expect: ["\"key=\"", "{\"x\":\"key=x\",\"y\":[\"key=0\"],\"z\":{\"deep\":[null]}}", ["string::true", "string:x:true", "string:0:true"], "\"inherited\"", "{\"toJSON\":5,\"a\":1}", undefined, "[null]", "{\"a\":1}", ["replacer::object", "toJSON", "replacer:a:number"], "\"1970-01-01T00:00:00.000Z\"", "{\"d\":null}", "[\"1970-01-02T00:00:00.000Z\"]"]
function test() {
  var log = [];
  var withKey = { toJSON: function (k) { log[log.length] = typeof k + ':' + k + ':' + (this === withKey); return 'key=' + k; } };
  var inherited = Object.create({ toJSON: function () { return 'inherited'; } });
  var nested = { x: withKey, y: [withKey], z: { toJSON: function () { return { deep: [undefined] }; } } };
  var order = [];
  var seenByReplacer = JSON.stringify({ a: { toJSON: function () { order[order.length] = 'toJSON'; return 1; } } }, function (k, v) { order[order.length] = 'replacer:' + k + ':' + typeof v; return v; });
  return [
    JSON.stringify(withKey), JSON.stringify(nested), log, JSON.stringify(inherited), JSON.stringify({ toJSON: 5, a: 1 }),
    JSON.stringify({ toJSON: function () { return undefined; } }), JSON.stringify([{ toJSON: function () { return undefined; } }]),
    seenByReplacer, order, JSON.stringify(new Date(0)), JSON.stringify({ d: new Date(NaN) }), JSON.stringify([new Date(86400000)])
  ];
}
