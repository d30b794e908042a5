// description: Array called and constructed, with a length or with elements; invalid lengths
// expect: [3, 3, 2, 1, "3", false, 0, 0, 4294967295, "RangeError", "Invalid array length", "RangeError", "Invalid array length", "RangeError", true, true, 1, "Array", true, false, true, false, false]
function test() {
  var out = [];
  out.push(Array(3).length, new Array(3).length, Array(1, 2).length, Array('3').length, Array('3')[0]);
  out.push(0 in Array(3), Array().length, new Array(0).length, Array(4294967295).length);
  try { Array(-1); } catch (e) { out.push(e.name, e.message); }
  try { new Array(1.5); } catch (e) { out.push(e.name, e.message); }
  try { Array(4294967296); } catch (e) { out.push(e.name); }
  out.push(Array.isArray(Array()), Array.prototype.constructor === Array, Array.length, Array.name);
  out.push(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype), Array.isArray('a'), Array.isArray());
  return out;
}
