// description: Number.prototype methods accept Number primitives and wrappers only (thisNumberValue), with V8's message
// expect: [[["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"]], "Number.prototype.toFixed requires that 'this' be a Number", "TypeError", -0, "ff", "0.0", 7, "2.5"]
function test() {
  var P = Number.prototype;
  var methods = ['toString', 'toLocaleString', 'valueOf', 'toFixed', 'toExponential', 'toPrecision'];
  var receivers = ['1', {}, undefined, null, true, Object.create(Number.prototype), [1]];
  var out = [];
  for (var i = 0; i < methods.length; i++) {
    var row = [];
    for (var j = 0; j < receivers.length; j++) {
      try { row[j] = P[methods[i]].call(receivers[j]); } catch (e) { row[j] = e.name; }
    }
    out[i] = row;
  }
  var msg;
  try { P.toFixed.call('1', 2); } catch (e) { msg = e.message; }
  var argsFirst;
  try { P.toFixed.call('1', { valueOf: function () { argsFirst = 'converted'; return 1; } }); } catch (e) { argsFirst = argsFirst || e.name; }
  return [out, msg, argsFirst, P.valueOf.call(new Number(-0)), P.toString.call(new Number(255), 16), P.toFixed.call(P, 1),
    P.valueOf.call(7), P.toString.call(Object(2.5))];
}
