// description: a reserved word written with escapes is an IdentifierName: allowed after `.`, as an object key and as an accessor name
// expect: ok
var o = { bre\u0061k: 1, get d\u0065fault() { return 2 }, set \u0069f(v) {} }
var v = o.bre\u0061k + o.d\u0065fault + o.\u{63}lass
