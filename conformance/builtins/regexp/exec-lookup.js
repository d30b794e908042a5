// description: test and exec find exec through the regexp as Get does: an own exec, a replaced RegExp.prototype.exec, another prototype, and a lastIndex whose valueOf runs are all honoured
// expect: [false, true, true, 2, true, true, true, true, ["own a", "proto b", "valueOf", "replaced yx"]]
function test() {
  var log = [];
  var own = /a/;
  own.exec = function (s) { log.push('own ' + s); return null; };
  var swapped = /a/g;
  Object.setPrototypeOf(swapped, { exec: function (s) { log.push('proto ' + s); return {}; } });
  var g = /a/g;
  g.lastIndex = { valueOf: function () { log.push('valueOf'); return 1; } };
  var r1 = own.test('a');
  var r2 = RegExp.prototype.test.call(swapped, 'b');
  var r3 = g.test('aa'), after = g.lastIndex;
  var saved = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) { log.push('replaced ' + s); return saved.call(this, s); };
  var r4 = /x/.test('yx');
  RegExp.prototype.exec = saved;
  var r5 = /x/.test('yx');
  return [r1, r2, r3, after, r4, r5, /html$/.test('/a.html'), /^\/api\//i.test('/API/v1'), log];
}
