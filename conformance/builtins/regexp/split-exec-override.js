// description: in 2.0 split goes through @@split, which calls the splitter's exec (so a replaced RegExp.prototype.exec is seen); 1.0 (ES5.1) splits with the regexp's own matcher
// expect: [["a", "b", "c"], 5]
// expect cloudfront-js-1.0: [["a", "b", "c"], 0]
function test() {
  var original = RegExp.prototype.exec;
  var calls = 0;
  RegExp.prototype.exec = function (s) {
    calls++;
    return original.call(this, s);
  };
  var parts;
  try {
    parts = "a,b,c".split(/,/);
  } finally {
    RegExp.prototype.exec = original;
  }
  return [parts, calls];
}
