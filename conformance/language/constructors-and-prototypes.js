// description: new creates an object inheriting from the constructor's prototype
// expect: [25, true, true, {b: 2}, {a: 1}]
function test() {
  function Point(x, y) { this.x = x; this.y = y }
  Point.prototype.norm = function () { return this.x * this.x + this.y * this.y }
  var p = new Point(3, 4)
  function Returns() { this.a = 1; return { b: 2 } }
  function ReturnsPrimitive() { this.a = 1; return 5 }
  return [p.norm(), p instanceof Point, p.constructor === Point, new Returns(), new ReturnsPrimitive()]
}
