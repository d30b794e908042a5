// description: \u{...} escapes in templates and strings
// expect: ok
var s = `\u{1F600}` + '\u{41}'
