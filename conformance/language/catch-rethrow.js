// description: an exception thrown in catch propagates to the outer handler
// expect: RangeError: first/second
function test() {
  try {
    try { throw new TypeError('first') } catch (e) { throw new RangeError(e.message + '/second') }
  } catch (e2) { return e2 }
}
