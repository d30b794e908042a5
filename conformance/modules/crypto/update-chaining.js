// description: update returns the same object, so calls chain; many updates across block boundaries equal one update of the concatenation; hashes do not share state
// expect: [true, true, true, true, "a9993e364706816aba3e25717850c26c9cd0d89d", "4fd0b215276ef12f2b3e4c8ecac2811498b656fc", "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603", "d41d8cd98f00b204e9800998ecf8427e"]
function test() {
  var crypto = require('crypto');
  var h = crypto.createHash('sha256');
  var same = h.update('a') === h;
  var parts = ['', 'x', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_', '-', '', 'y'];
  var whole = '';
  var s = '0123456789abcdef';
  while (s.length < 300) s = s + s;
  parts[parts.length] = s;
  var h1 = crypto.createHash('md5'), h2 = crypto.createHash('sha1'), h3 = crypto.createHmac('sha256', 'key');
  for (var i = 0; i < parts.length; i++) {
    h1.update(parts[i]);
    h2.update(parts[i]);
    h3.update(parts[i]);
    whole = whole + parts[i];
  }
  return [
    same,
    h1.digest('hex') === crypto.createHash('md5').update(whole).digest('hex'),
    h2.digest('hex') === crypto.createHash('sha1').update(whole).digest('hex'),
    h3.digest('hex') === crypto.createHmac('sha256', 'key').update(whole).digest('hex'),
    crypto.createHash('sha1').update('ab').update('c').digest('hex'),
    crypto.createHmac('sha1', 'key').update('ab').update('').update('c').digest('hex'),
    h.update('b').digest('hex'),
    crypto.createHash('md5').digest('hex')
  ];
}
