// description: every ES5.1 operator plus **
// expect: ok
var a = 1, b = 2, o = {}
var r = [a + b, a - b, a * b, a / b, a % b, a ** b, a << b, a >> b, a >>> b, a & b, a | b, a ^ b,
  a == b, a != b, a === b, a !== b, a < b, a > b, a <= b, a >= b, 'x' in o, o instanceof Object,
  a && b, a || b, !a, ~a, +a, -a, typeof a, void a, delete o.x, a ? b : a, (a, b)]
a += 1; a -= 1; a *= 2; a /= 2; a %= 3; a **= 2; a <<= 1; a >>= 1; a >>>= 1; a &= 1; a |= 1; a ^= 1
a++; a--; ++a; --a
