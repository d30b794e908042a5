// description: property lookup follows the prototype chain; assignment creates own properties
// expect: ["hi child", true, true, false]
function test() {
  var base = { greet: function () { return 'hi ' + this.name }, name: 'base' }
  var child = Object.create(base)
  child.name = 'child'
  var grandchild = Object.create(child)
  return [grandchild.greet(), Object.getPrototypeOf(grandchild) === child, 'name' in grandchild, grandchild.hasOwnProperty('name')]
}
