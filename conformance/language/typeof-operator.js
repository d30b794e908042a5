// description: typeof on every kind of value and on undeclared names
// expect: ["undefined", "object", "boolean", "number", "string", "object", "object", "function", "function", "undefined", "object"]
function test() {
  return [typeof undefined, typeof null, typeof true, typeof 1, typeof 'a', typeof {}, typeof [], typeof function () {}, typeof (() => 1), typeof notDeclaredAnywhere, typeof new Number(1)]
}
