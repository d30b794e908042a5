// description: decodeURIComponent decodes every escape; decodeURI keeps escapes of uriReserved characters and "#" exactly as written (case included) and decodes the rest; multi-byte UTF-8 sequences (up to U+10FFFF) become characters, supplementary ones as surrogate pairs; "+" is not a space
// expect: ["%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%3b%2f%3f%3a%40%26%3d%2b%24%2c", ";/?:@&=+$,#;/?:@&=+$,", "Aa %~~-_.!\u0000", "Aa %~~-_.!\u0000", "éé€😀􏿿￿߿", 10, "a+b c%2Bd%2fe", "a+b c+d/e", "", "no escapes é", "undefined", "null", "%25"]
function test() {
  var reserved = '%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%3b%2f%3f%3a%40%26%3d%2b%24%2c';
  var plain = '%41%61%20%25%7E%7e%2D%5F%2e%21%00%7F';
  var multi = '%C3%A9%c3%a9%E2%82%AC%F0%9F%98%80%F4%8F%BF%BF%EF%BF%BF%DF%BF%C2%80';
  var mixed = 'a+b%20c%2Bd%2fe';
  return [decodeURI(reserved), decodeURIComponent(reserved), decodeURI(plain), decodeURIComponent(plain), decodeURI(multi), decodeURIComponent(multi).length,
    decodeURI(mixed), decodeURIComponent(mixed), decodeURI(''), decodeURI('no escapes é'), decodeURI(), decodeURIComponent(null), decodeURI('%25%32%35')];
}
