// description: encodeURI keeps uriReserved, uriUnescaped and "#"; encodeURIComponent keeps only uriUnescaped (alphanumerics and -_.!~*'()); everything else becomes %XX escapes (upper-case hex) of its UTF-8 bytes, surrogate pairs as one 4-byte character
// expect: ["%20!%22#$%25&'()*+,-./09:;%3C=%3E?@AZ%5B%5C%5D%5E_%60az%7B%7C%7D~%00%1F%7F", "%20!%22%23%24%25%26'()*%2B%2C-.%2F09%3A%3B%3C%3D%3E%3F%40AZ%5B%5C%5D%5E_%60az%7B%7C%7D~%00%1F%7F", "%C2%80%C3%A9%C3%BF%C4%80%DF%BF%E0%A0%80%E2%82%AC%EF%BF%BF%F0%90%80%80%F0%9F%98%80%F4%8F%BF%BF%E2%80%A8", "%C2%80%C3%A9%C3%BF%C4%80%DF%BF%E0%A0%80%E2%82%AC%EF%BF%BF%F0%90%80%80%F0%9F%98%80%F4%8F%BF%BF%E2%80%A8", "http://example.com/a%20b?q=1&r=%C3%A9#frag", "http%3A%2F%2Fexample.com%2Fa%20b%3Fq%3D1%26r%3D%C3%A9%23frag", "", ""]
function test() {
  var ascii = '';
  var all = [' ', '!', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/', '0', '9', ':', ';', '<', '=', '>', '?', '@', 'A', 'Z', '[', '\\', ']', '^', '_', '`', 'a', 'z', '{', '|', '}', '~', '\u0000', '\u001f', '\u007f'];
  for (var i = 0; i < all.length; i++) { ascii += all[i]; }
  var wide = '\u0080\u00e9\u00ff\u0100\u07ff\u0800\u20ac\uffff\ud800\udc00\ud83d\ude00\udbff\udfff\u2028';
  return [encodeURI(ascii), encodeURIComponent(ascii), encodeURI(wide), encodeURIComponent(wide),
    encodeURI('http://example.com/a b?q=1&r=é#frag'), encodeURIComponent('http://example.com/a b?q=1&r=é#frag'), encodeURI(''), encodeURIComponent('')];
}
