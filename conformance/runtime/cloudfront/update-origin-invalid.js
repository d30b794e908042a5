// description: each updateRequestOrigin parameter rule throws a TypeError naming the parameter
// event: viewer-request
// logs: ["cf.updateRequestOrigin: domainName must be a domain name, not an IP address or host:port", "cf.updateRequestOrigin: originPath must start with '/', not end with '/', and be at most 255 characters", "cf.updateRequestOrigin: connectionAttempts must be an integer from 1 to 3", "cf.updateRequestOrigin: customHeaders[\"x-forwarded-proto\"] is a disallowed header", "cf.updateRequestOrigin: originShield.region is required when enabled", "cf.updateRequestOrigin: timeouts.connectionTimeout must be an integer from 1 to 10", "cf.updateRequestOrigin: ipAddressType can only be set together with domainName", "cf.updateRequestOrigin: unknown parameter \"port\"", "cf.updateRequestOrigin: customOriginConfig.protocol must be one of http, https"]
// expect cloudfront-js-1.0: compile-error 6:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
import cf from "cloudfront";
function handler(event) {
  var bad = [
    { domainName: "10.0.0.1" },
    { originPath: "/v2/" },
    { connectionAttempts: 4 },
    { customHeaders: { "x-forwarded-proto": "https" } },
    { originShield: { enabled: true } },
    { timeouts: { connectionTimeout: 11 } },
    { ipAddressType: "ipv6" },
    { port: 8080 },
    { customOriginConfig: { port: 443, protocol: "ftp", sslProtocols: [] } }
  ];
  for (var i = 0; i < bad.length; i++) {
    try { cf.updateRequestOrigin(bad[i]); } catch (e) { console.log(e.message); }
  }
  return event.request;
}
