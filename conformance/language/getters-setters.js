// description: object-literal accessors run on read and write
// expect: [10, ["set 5", "get"], ["_v", "v"]]
function test() {
  var log = []
  var o = {
    _v: 1,
    get v() { log.push('get'); return this._v },
    set v(x) { log.push('set ' + x); this._v = x * 2 },
  }
  o.v = 5
  var r = o.v
  return [r, log, Object.keys(o)]
}
