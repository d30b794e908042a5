// description: Unicode letters and escapes in identifiers
// expect: ok
var caf\u00e9 = 1, naïve = café
