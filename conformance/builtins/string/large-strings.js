// description: operations on strings of tens of thousands of code units stay within the limits and agree with Node
// expect: [9000, 3001, 9000, -1, 8997, 3000, 8999, 10000, ",ab,", 3000, 201, 3001, false, 9000]
function test() {
  var s = "ab,".repeat(3000);
  var parts = s.split(",");
  var re = s.replace(/b/g, "B");
  var up = s.toUpperCase();
  return [
    s.length, parts.length, re.length, re.indexOf("b"), up.lastIndexOf("AB"), s.match(/a/g).length, s.search(/,$/),
    s.padEnd(10000, "xy").length, s.slice(-4), re.replace(/B,/g, "").length, "é".repeat(3000).toUpperCase().charCodeAt(2999),
    s.split(/,/).length, s.includes("ba"), s.trim().length
  ];
}
