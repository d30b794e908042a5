// description: then reads this.constructor once (SpeciesConstructor): a throwing getter throws from then, null or a number is a TypeError, undefined or an object gives a plain Promise; a promise resolved with itself rejects with a TypeError
// expect: Promise{fulfilled: [1, true, "TypeError: The .constructor property is not an object", "TypeError: The .constructor property is not an object", "TypeError: The .constructor property is not an object", true, true, true, "RangeError: poisoned", "TypeError", "TypeError", true]}
function test() {
  var count = 0
  var p = Promise.resolve(1)
  Object.defineProperty(p, 'constructor', { get: function () { count++; return Promise } })
  var derived = p.then()
  var out = [count, Object.getPrototypeOf(derived) === Promise.prototype]
  var q = Promise.resolve(2)
  var values = [null, 5, 'Promise', undefined, Object, function () {}]
  for (var i = 0; i < values.length; i++) {
    q.constructor = values[i]
    try { out.push(Object.getPrototypeOf(q.then()) === Promise.prototype) } catch (e) { out.push(e.name + ': ' + e.message) }
  }
  var poisoned = Promise.resolve(3)
  Object.defineProperty(poisoned, 'constructor', { get: function () { throw new RangeError('poisoned') } })
  try { poisoned.then(); out.push('no error') } catch (e) { out.push(e.name + ': ' + e.message) }
  try { Promise.prototype.then.call({ then: function () {} }); out.push('no error') } catch (e) { out.push(e.name) }
  var resolveSelf
  var self = new Promise(function (r) { resolveSelf = r })
  resolveSelf(self)
  return self.then(function () { return 'fulfilled' }, function (e) { out.push(e.name, e instanceof TypeError); return out })
}
