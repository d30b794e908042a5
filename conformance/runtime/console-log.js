// description: console.log writes one entry per call: strings as they are, other values rendered, arguments separated by spaces
// event: viewer-request
// logs: ["hello", "42", "true null undefined", "{a:1,b:[1,2]}", "a b", "", "[1,'a',{x:null}]", "[1,<empty>,3]", "Error: boom", "-0 1e+21 NaN", "{self:[Circular]}", "{s:'it's',n:'line\\nbreak'}"]
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  console.log("hello");
  console.log(42);
  console.log(true, null, undefined);
  console.log({ a: 1, b: [1, 2] });
  console.log("a", "b");
  console.log();
  console.log([1, "a", { x: null }]);
  console.log([1, , 3]);
  console.log(new Error("boom"));
  console.log(-0, 1e21, NaN);
  var c = {};
  c.self = c;
  console.log(c);
  console.log({ s: "it's", n: "line\nbreak" });
  return event.request;
}
