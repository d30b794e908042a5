// description: kvs().get in the string and json formats, exists, and a missing key rejecting
// event: viewer-request
// kvs: store
// logs: ["/new", "true 50 b", "h\u00e9llo", "true false", "Error: Key \"missing\" not found"]
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
// expect cloudfront-js-1.0: compile-error 7:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
import cf from "cloudfront";
const kvsHandle = cf.kvs();
async function handler(event) {
  console.log(await kvsHandle.get("redirect:/old"));
  const config = await kvsHandle.get("config", { format: "json" });
  console.log(config.ab.enabled + " " + config.ab.split + " " + config.tags[1]);
  console.log(await kvsHandle.get("utf8", { format: "string" }));
  console.log((await kvsHandle.exists("config")) + " " + (await kvsHandle.exists("nope")));
  try {
    await kvsHandle.get("missing");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
  return event.request;
}
