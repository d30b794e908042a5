// description: TextEncoder.prototype.encode returns a new Uint8Array of the UTF-8 of ToString(input): 1- to 4-byte characters, lone surrogates as U+FFFD (EF BF BD); no argument or undefined encodes ""
// expect: [[97, 195, 169, 226, 130, 172, 240, 159, 152, 128], [0, 127, 194, 128, 223, 191, 224, 160, 128, 239, 191, 191], [239, 191, 189], [239, 191, 189, 239, 191, 189, 120], [240, 159, 152, 128, 239, 191, 189], [], [], [], [110, 117, 108, 108], [49, 50, 46, 53], [111, 107], "[object Uint8Array]", true, 1, 1]
// expect cloudfront-js-1.0: throws ReferenceError: TextEncoder is not defined
function test() {
  var enc = new TextEncoder();
  function bytes(u) { var r = []; for (var i = 0; i < u.length; i++) { r[i] = u[i]; } return r; }
  var a = enc.encode('x');
  var b = enc.encode('x');
  return [
    bytes(enc.encode('aé€😀')), bytes(enc.encode('\u0000\u007f\u0080\u07ff\u0800\uffff')), bytes(enc.encode('\ud800')), bytes(enc.encode('\udc00\ud800x')),
    bytes(enc.encode('\ud83d\ude00\ud83d')), bytes(enc.encode()), bytes(enc.encode(undefined)), bytes(enc.encode('')), bytes(enc.encode(null)), bytes(enc.encode(12.5)),
    bytes(enc.encode({ toString: function () { return 'ok'; } })), Object.prototype.toString.call(a), a !== b, a.length, a.buffer.byteLength
  ];
}
