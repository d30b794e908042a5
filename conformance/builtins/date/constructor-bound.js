// description: Date works through bind, with and without new
// expect: [true, "string", 86400000, NaN, true]
function test() {
  var B = Date.bind(null, 2020, 0);
  var d = new B(15, 12);
  var E = Date.bind(null, 86400000);
  return [Date.UTC(2020, 0, 15, 12) === d.getTime() || d.getTimezoneOffset() !== 0, typeof B(), new E().getTime(), new E(5).getTime(), d instanceof Date]
}
