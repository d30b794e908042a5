// description: for a source of 21 code units or more, V8's "Unexpected token" message quotes 10 units on each side of the position (with ellipses where the source continues); shorter sources are quoted whole, and other messages give only the position
// expect: ["SyntaxError: Unexpected token 'x', \"xyzxyzxyzx\"... is not valid JSON", "SyntaxError: Unexpected token 'x', ...\",7,8,9,10,x,1,2,3,4,\"... is not valid JSON", "SyntaxError: Unexpected token 'x', ...\",10,11,12,x]\" is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"4,5,6,7,8,x,1]\" is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"5,6,7,8,9,x]\" is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"5,6,7,8,9,x,]\" is not valid JSON", "SyntaxError: Unexpected non-whitespace character after JSON at position 18", "SyntaxError: Unexpected non-whitespace character after JSON at position 55", "SyntaxError: Unterminated string in JSON at position 53", "SyntaxError: Expected double-quoted property name in JSON at position 31", "SyntaxError: Unexpected non-whitespace character after JSON at position 32"]
function test() {
  var inputs = [
    'xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz',
    '[1,2,3,4,5,6,7,8,9,10,x,1,2,3,4,5,6,7,8]',
    '[1,2,3,4,5,6,7,8,9,10,11,12,x]',
    '[1,2,3,4,5,6,7,8,x,1]',
    '[1,2,3,4,5,6,7,8,9,x]',
    '[1,2,3,4,5,6,7,8,9,x,]',
    '123456789012345678x',
    '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21]x',
    '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"',
    '{"aaaaaaaaaaaaaaaaaaaaaaaaa":1,}',
    '   \n\n   [1, 2, 3, 4, 5, 6, 7, 8]]'
  ];
  var out = [];
  for (var i = 0; i < inputs.length; i++) {
    try {
      out[i] = JSON.parse(inputs[i]);
    } catch (e) {
      out[i] = e.name + ': ' + e.message;
    }
  }
  return out;
}
