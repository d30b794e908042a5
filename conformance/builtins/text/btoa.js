// description: btoa encodes each character (all at most U+00FF) as a byte in standard base64 with padding; the argument is converted with ToString
// expect: ["", "YQ==", "YWI=", "YWJj", "YWJjZA==", "//4A", "aGVsbG8gd29ybGQ=", "6Q==", "+/8=", "MTI=", "bnVsbA==", "dW5kZWZpbmVk", "eHk=", "AP8A/w==", "\u0000ÿ"]
// expect cloudfront-js-1.0: throws ReferenceError: btoa is not defined
function test() {
  return [btoa(''), btoa('a'), btoa('ab'), btoa('abc'), btoa('abcd'), btoa('\u00ff\u00fe\u0000'), btoa('hello world'), btoa('\u00e9'), btoa('\u00fb\u00ff'),
    btoa(12), btoa(null), btoa(undefined), btoa({ toString: function () { return 'xy'; } }), btoa(atob('AP8A/w==')), atob(btoa('\u0000\u0080\u00ff'))];
}
