// Normalizes the query string for a better cache hit ratio: lowercase
// names, sorted, tracking parameters dropped. A request whose query string
// changed is redirected (301) to the normalized URL.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 or 2.0.

var DROP = ['utm_source', 'utm_medium', 'utm_campaign', 'fbclid', 'gclid'];

function handler(event) {
  var request = event.request;
  var qs = request.querystring;
  var names = Object.keys(qs);
  var pairs = [];
  for (var i = 0; i < names.length; i++) {
    var name = names[i].toLowerCase();
    if (DROP.indexOf(name) !== -1) continue;
    var entry = qs[names[i]];
    var values = entry.multiValue ? entry.multiValue.map(function (v) { return v.value; }) : [entry.value];
    for (var j = 0; j < values.length; j++) pairs.push(name + '=' + values[j]);
  }
  pairs.sort();
  var original = [];
  for (var k = 0; k < names.length; k++) {
    var e = qs[names[k]];
    var vs = e.multiValue ? e.multiValue.map(function (v) { return v.value; }) : [e.value];
    for (var m = 0; m < vs.length; m++) original.push(names[k] + '=' + vs[m]);
  }
  var normalized = pairs.join('&');
  if (normalized === original.join('&')) {
    return request;
  }
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: request.uri + (normalized ? '?' + normalized : '') } }
  };
}
