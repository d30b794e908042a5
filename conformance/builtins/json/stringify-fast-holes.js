// description: array elements are read as [[Get]] reads them: a hole looks at the prototypes (an index added to Array.prototype or Object.prototype, or a getter there, shows through), a sparse or frozen array and an element defined with a getter give the same text as a plain one, and undefined and functions in an array are null
// expect: ["[0,null,2]", "[0,\"from Array.prototype\",2]", "[0,\"from Object.prototype\",2,null]", "[null,null,\"getter sees length 4\",3]", "[null,null,null,null,null,null,\"six\"]", "[\"a\",\"b\"]", "[1,{\"got\":3},3]", "[null,null,null,null,0,true]", "[[],[[]],[null,[]]]"]
function test() {
  var out = [];
  out.push(JSON.stringify([0, , 2]));
  Array.prototype[1] = 'from Array.prototype';
  out.push(JSON.stringify([0, , 2]));
  delete Array.prototype[1];
  Object.prototype[1] = 'from Object.prototype';
  out.push(JSON.stringify([0, , 2, , ]));
  delete Object.prototype[1];
  Object.defineProperty(Array.prototype, 2, { get: function () { return 'getter sees length ' + this.length; }, configurable: true });
  out.push(JSON.stringify([, , , 3]));
  delete Array.prototype[2];
  var sparse = [];
  sparse[6] = 'six';
  sparse.named = 'ignored';
  out.push(JSON.stringify(sparse));
  var frozen = Object.freeze(['a', 'b']);
  out.push(JSON.stringify(frozen));
  var withGetter = [1, 2, 3];
  Object.defineProperty(withGetter, 1, { get: function () { return { got: this.length }; }, enumerable: true });
  out.push(JSON.stringify(withGetter));
  out.push(JSON.stringify([undefined, function () {}, null, NaN, -0, new Boolean(true)]));
  out.push(JSON.stringify([[], [[]], [, []]]));
  return out;
}
