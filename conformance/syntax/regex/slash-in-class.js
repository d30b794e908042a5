// description: a / inside [...] does not end the regex
// expect: ok
var r = /[/]+/g
