// description: reserved words are allowed as property names
// expect: ok
var o = { if: 1, class: 2, default: 3 }
var v = o.if + o.class + o.default
