// description: toString and valueOf throw a TypeError for a this that is neither a boolean nor a Boolean object (numbers, strings, plain objects, objects inheriting from Boolean.prototype, undefined, null)
// expect: ["TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"]
function test() {
  var values = [1, 'true', {}, Object.create(Boolean.prototype), undefined, null, Object(1), []];
  var out = [];
  for (var i = 0; i < values.length; i++) {
    try { out[out.length] = Boolean.prototype.toString.call(values[i]); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
    try { out[out.length] = Boolean.prototype.valueOf.call(values[i]); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  }
  return out;
}
