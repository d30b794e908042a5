// description: variables are captured through several function levels
// expect: [9, 12, 3]
function test() {
  var a = 1
  function outer() {
    var b = 2
    return function middle() {
      var c = 3
      return function inner() { a++; b++; c++; return a + b + c }
    }
  }
  var f = outer()()
  return [f(), f(), a]
}
