// description: 0x, 0o and 0b literals
// expect: ok
var n = 0xFF + 0o17 + 0b101
