// description: with a replacer function, the wrapper object {"": value} can be put into the output by the replacer; reaching it again through its "" key closes a cycle, reported with <anonymous> for the empty key
// expect: ["TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     <anonymous> -> object with constructor 'Object'\n    --- property 'q' closes the circle"]
function test() {
  try {
    return JSON.stringify({}, function (k, v) { return k === '' ? { q: this } : v; });
  } catch (e) {
    return [e.name, e.message];
  }
}
