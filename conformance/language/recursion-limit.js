// description: unbounded recursion throws a catchable RangeError
// expect: [true, "Maximum call stack size exceeded"]
function test() {
  function down(n) { return down(n + 1) + 1 }
  try { down(0) } catch (e) { return [e instanceof RangeError, e.message] }
}
