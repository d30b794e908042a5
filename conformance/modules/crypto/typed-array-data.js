// description: typed arrays and DataViews are hashed as the bytes they view, as data and as HMAC keys
// expect: ["a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89d", "147a664a2ca9410911e61986d3f0d52a", "d41d8cd98f00b204e9800998ecf8427e", "b275e9e9d64b03aa85e1705cfd2bb1cae1650a265816e4c4d89137240c14f6a0", true]
// expect cloudfront-js-1.0: throws ReferenceError: DataView is not defined
function test() {
  var crypto = require('crypto');
  var bytes = new Uint8Array([0x61, 0x62, 0x63]);
  var wide = new Uint16Array([0x6261, 0x0063]);
  var buf = new Uint8Array([0x78, 0x61, 0x62, 0x63, 0x79]).buffer;
  return [
    crypto.createHash('sha1').update(bytes).digest('hex'),
    crypto.createHash('sha1').update(new Uint8Array(buf, 1, 3)).digest('hex'),
    crypto.createHash('sha1').update(new DataView(buf, 1, 3)).digest('hex'),
    crypto.createHash('md5').update(wide).digest('hex'),
    crypto.createHash('md5').update(new Uint8Array(0)).digest('hex'),
    crypto.createHmac('sha256', new Uint8Array([0xaa, 0xbb, 0xcc, 0xff])).update('data').digest('hex'),
    crypto.createHmac('sha256', bytes).update('data').digest('hex') === crypto.createHmac('sha256', 'abc').update('data').digest('hex')
  ];
}
