// description: Math.random returns numbers in [0, 1) that vary, ignoring its arguments
// expect: [true, true, true, true, 0]
function test() {
  var inRange = true, allNumbers = true, distinct = 0, prev = -1, sum = 0;
  for (var i = 0; i < 2000; i++) {
    var r = Math.random(i, 'x');
    if (typeof r !== 'number') allNumbers = false;
    if (!(r >= 0 && r < 1)) inRange = false;
    if (r !== prev) distinct++;
    prev = r;
    sum += r;
  }
  return [inRange, allNumbers, distinct > 1990, sum > 800 && sum < 1200, Math.random.length];
}
