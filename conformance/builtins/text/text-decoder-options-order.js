// description: WebIDL converts the constructor's arguments before running it: the label's toString, then the options' fatal and ignoreBOM getters, and only then is an unknown label a RangeError
// node: skip Node looks the label up before reading the options
// expect: [["label", "fatal", "ignoreBOM", "RangeError"], ["TypeError", "stream"]]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var log = [];
  var label = { toString: function () { log[log.length] = 'label'; return 'bogus'; } };
  var options = {};
  Object.defineProperty(options, 'fatal', { get: function () { log[log.length] = 'fatal'; return true; } });
  Object.defineProperty(options, 'ignoreBOM', { get: function () { log[log.length] = 'ignoreBOM'; return false; } });
  try { new TextDecoder(label, options); } catch (e) { log[log.length] = e.name; }
  var streamLog = [];
  var dopts = {};
  Object.defineProperty(dopts, 'stream', { get: function () { streamLog[streamLog.length] = 'stream'; return false; } });
  try { new TextDecoder().decode('not a buffer', dopts); } catch (e) { streamLog[streamLog.length] = e.name; }
  new TextDecoder().decode(undefined, dopts);
  return [log, streamLog];
}
