// description: Number.prototype.toLocaleString prints what toString prints for values where Node's en-US format agrees
// expect: ["5", "0.5", "-12", "999", "NaN", "0.25", 0]
function test() {
  return [(5).toLocaleString(), (0.5).toLocaleString(), (-12).toLocaleString(), (999).toLocaleString(), NaN.toLocaleString(),
    (0.25).toLocaleString(), (1).toLocaleString.length];
}
