// description: sqrt, fround, imul, clz32 and hypot results the spec pins bit for bit
// expect: [2, 1.4142135623730951, -0, NaN, Infinity, 2.2227587494850775e-162, Infinity, 5.5, 5.050000190734863, 0.10000000149011612, -0, NaN, Infinity, -Infinity, 0, -0, Infinity, 3.4028234663852886e+38, 1.401298464324817e-45, 0, 2.802596928649634e-45, 16777216, 16777220, 8, -8, -5, -10, -2, 0, 0, -12, 0, 0, 32, 31, 0, 32, 0, 32, 32, 28, 32, 0, 5, 3, 0, 0, Infinity, Infinity, NaN, 1.414213562373095e+200, 1.414213562373095e-200, 3.741657386773941, 13, 1.4142135623730951, 0.37416573867739417, 5]
function test() {
  return [
    Math.sqrt(4), Math.sqrt(2), Math.sqrt(-0), Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(5e-324), Math.sqrt(1e308 * 10),
    Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(-0), Math.fround(NaN), Math.fround(1e39), Math.fround(-1e39),
    Math.fround(1e-46), Math.fround(-1e-46), Math.fround(3.4028235677973366e38), Math.fround(3.4028235677973362e38),
    Math.fround(1.401298464324817e-45), Math.fround(2 ** -150), Math.fround(2 ** -149 * 1.5), Math.fround(16777217),
    Math.fround(16777219), Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5),
    Math.imul(2147483647, 2), Math.imul(65536, 65536), Math.imul(4294967296.5, 3), Math.imul('3', '-4'), Math.imul(NaN, 1),
    Math.imul(), Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2147483648), Math.clz32(4294967296),
    Math.clz32(NaN), Math.clz32('8'), Math.clz32(), Math.hypot(), Math.hypot(3, 4), Math.hypot(-3), Math.hypot(-0), Math.hypot(0, -0),
    Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200),
    Math.hypot(1, 2, 3), Math.hypot(3, 4, 12), Math.hypot(1, 1), Math.hypot(0.1, 0.2, 0.3), Math.hypot('3', '4')
  ];
}
