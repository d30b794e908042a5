// description: stringify writes key=value pairs in Object.keys order; arrays repeat the key (an empty one is skipped); strings are escaped; numbers, booleans as text; anything else empty
// expect: ["name=value&abc=xyz&abc=123&anotherName=", "b=1", "", "a=x&b=y&b=z", "n=0&m=0&f=1.5&neg=-2&big=1e%2B21&bigger=-1.5e%2B300&small=1e-7&nan=&inf=&ninf=", "t=true&f=false&u=&nul=&o=&arr2=&fn=", "mixed=s&mixed=1&mixed=true&mixed=&mixed=&mixed=&mixed=&mixed=", "a%20b=c%20d&%26%3D=%3D%26&%C3%A9=%E2%82%AC&%F0%9F%98%80=~*'()!-_.", "1=one&2=two&z=z", "", "=&x="]
function test() {
  var qs = require('querystring');
  return [
    qs.stringify({ name: 'value', abc: ['xyz', '123'], anotherName: '' }),
    qs.stringify({ a: [], b: 1, c: [] }),
    qs.stringify({ a: [], b: [] }),
    qs.stringify({ a: ['x'], b: ['y', 'z'] }),
    qs.stringify({ n: 0, m: -0, f: 1.5, neg: -2, big: 1e21, bigger: -1.5e300, small: 1e-7, nan: NaN, inf: Infinity, ninf: -Infinity }),
    qs.stringify({ t: true, f: false, u: undefined, nul: null, o: {}, arr2: [[1, 2]], fn: function () {} }),
    qs.stringify({ mixed: ['s', 1, true, null, undefined, {}, NaN, [2]] }),
    qs.stringify({ 'a b': 'c d', '&=': '=&', '\u00e9': '\u20ac', '\ud83d\ude00': '~*\'()!-_.' }),
    qs.stringify({ 2: 'two', 1: 'one', z: 'z' }),
    qs.stringify({}),
    qs.stringify({ '': '', x: '' })
  ];
}
