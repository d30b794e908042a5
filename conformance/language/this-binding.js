// description: this is the receiver for method calls and undefined for plain calls (strict)
// expect: [undefined, true, undefined, 5, "string"]
function test() {
  function who() { return this }
  var o = { who: who, name: 'o' }
  var detached = o.who
  return [who(), o.who() === o, detached(), who.call(5), typeof who.call('s')]
}
