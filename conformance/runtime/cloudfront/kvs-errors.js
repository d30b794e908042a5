// description: a store ID that is not associated, a bad format and a non-string key are errors
// event: viewer-request
// kvs: store
// logs: ["Error: cf.kvs: key value store \"other\" is not associated with this function", "TypeError: unknown format \"xml\": use \"string\", \"json\" or \"bytes\"", "TypeError: the key must be a string"]
// expect cloudfront-js-1.0: compile-error 7:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
import cf from "cloudfront";
async function handler(event) {
  try { cf.kvs("other"); } catch (e) { console.log(e.name + ": " + e.message); }
  try { await cf.kvs().get("config", { format: "xml" }); } catch (e) { console.log(e.name + ": " + e.message); }
  try { await cf.kvs().get(42); } catch (e) { console.log(e.name + ": " + e.message); }
  return event.request;
}
