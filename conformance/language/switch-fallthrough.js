// description: switch falls through until break; default may stand anywhere
// expect: [["one", "two"], ["two"], ["three"], ["default", "three"]]
function classify(x) {
  var out = []
  switch (x) {
    case 1: out.push('one')
    case 2: out.push('two'); break
    default: out.push('default')
    case 3: out.push('three')
  }
  return out
}
function test() { return [classify(1), classify(2), classify(3), classify(9)] }
