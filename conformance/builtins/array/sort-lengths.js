// description: sort orders arrays of lengths around its merge widths (no merge pass, one, two, three) as a stable insertion sort does, with and without a comparator
// expect: [[], 307125]
function test() {
  var seed = 7
  function next() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % 50 }
  function insertionSort(a, greater) {
    var out = a.slice()
    for (var i = 1; i < out.length; i++) {
      for (var j = i; j > 0 && greater(out[j - 1], out[j]); j--) {
        var t = out[j]; out[j] = out[j - 1]; out[j - 1] = t
      }
    }
    return out
  }
  function same(a, b) {
    if (a.length !== b.length) return false
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  var wrong = []
  var digest = 0
  var lengths = [0, 1, 2, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 40]
  for (var l = 0; l < lengths.length; l++) {
    var n = lengths[l]
    var items = [], numbers = []
    for (var i = 0; i < n; i++) { var v = next(); items.push({ k: v % 7, i: i }); numbers.push(v) }
    var byKey = items.slice().sort(function (a, b) { return a.k - b.k })
    var expected = insertionSort(items, function (a, b) { return a.k > b.k })
    var plain = numbers.slice().sort()
    var expectedPlain = insertionSort(numbers, function (a, b) { return String(a) > String(b) })
    if (!same(byKey, expected) || !same(plain, expectedPlain)) wrong.push(n)
    for (var m = 0; m < byKey.length; m++) digest = (digest * 31 + byKey[m].i + plain[m]) % 1000003
  }
  return [wrong, digest]
}
