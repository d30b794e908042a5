// description: the bytes format gives a Uint8Array of the UTF-8 value; meta() reports the key count and times
// event: viewer-request
// kvs: store
// logs: ["6 104 195", "3 1970-01-01T00:00:00.000Z"]
// expect cloudfront-js-1.0: compile-error 7:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
import cf from "cloudfront";
async function handler(event) {
  const h = cf.kvs("store");
  const b = await h.get("utf8", { format: "bytes" });
  console.log(b.length + " " + b[0] + " " + b[1]);
  const m = await h.meta();
  console.log(m.keyCount + " " + m.creationDateTime);
  return event.request;
}
