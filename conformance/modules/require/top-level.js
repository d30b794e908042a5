// description: modules can be required at the top level of the file, as CloudFront functions usually do, and used from the handler
// expect: ["2bd806c97f0e00af1a1fc3328fa763a9269723c8db8fac4f93af71db186d6e90", "h=81b637d8fcd2c6da6359e6963113a1170de795e4b725b84d1e0b4cfd9ec58ce9"]
var crypto = require('crypto');
var querystring = require('querystring');
function handler(event) {
  var q = querystring.parse(event.qs);
  return crypto.createHash('sha256').update(q.user).digest('hex');
}
function test() {
  return [handler({ qs: 'user=alice&x=1' }), querystring.stringify({ h: handler({ qs: 'user=bob' }) })];
}
