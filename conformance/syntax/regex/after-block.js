// description: / after a block's } starts a regex
// expect: ok
var s = 'a'
{}
/a/.test(s)
