// description: createRequestOriginGroup needs two origins and failover status codes
// event: viewer-request
// logs: ["cf.createRequestOriginGroup: originIds must name exactly two origins, the primary first", "cf.createRequestOriginGroup: failoverCriteria is required"]
// expect cloudfront-js-1.0: compile-error 6:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}} origin {"method":"createRequestOriginGroup","params":{"originIds":[{"originId":"a"},{"originId":"b","originOverrides":{"originPath":"/b"}}],"failoverCriteria":{"statusCodes":[500,502]}}}
import cf from "cloudfront";
function handler(event) {
  try { cf.createRequestOriginGroup({ originIds: ["a"], failoverCriteria: { statusCodes: [500] } }); } catch (e) { console.log(e.message); }
  try { cf.createRequestOriginGroup({ originIds: ["a", "b"] }); } catch (e) { console.log(e.message); }
  cf.createRequestOriginGroup({ originIds: [{ originId: "a" }, { originId: "b", originOverrides: { originPath: "/b" } }], failoverCriteria: { statusCodes: [500, 502] } });
  return event.request;
}
