// description: JSON.parse objects: a repeated key keeps its first position and takes the last value, "__proto__" is an ordinary own property (the prototype stays Object.prototype), integer-like keys come first in ascending order, and results are plain extensible objects and arrays
// expect: [{a: 3, b: 2}, ["a", "b"], true, ["__proto__", "x"], [1], ["2", "10", "4294967294", "b", "a", "-1", "01", "4294967295"], "[object Array]", 6, true, {value: 3, writable: true, enumerable: true, configurable: true}]
function test() {
  var dup = JSON.parse('{"a":1,"b":2,"a":3}');
  var proto = JSON.parse('{"__proto__":[1],"x":1}');
  var order = JSON.parse('{"b":1,"a":2,"10":3,"2":4,"-1":5,"01":6,"4294967295":7,"4294967294":8}');
  var arr = JSON.parse('[1,2]');
  arr[5] = 6;
  return [
    dup, Object.keys(dup),
    Object.getPrototypeOf(proto) === Object.prototype, Object.keys(proto), proto.__proto__,
    Object.keys(order),
    Object.prototype.toString.call(arr), arr.length, Object.isExtensible(dup),
    Object.getOwnPropertyDescriptor(dup, 'a')
  ];
}
