// description: keys and data with Latin-1 ("é"), wide ("€"), astral and lone-surrogate characters are hashed as UTF-8, including keys that pass the 64-byte block only once encoded, keys longer than a block, and data longer than the 256-byte encoding buffer
// expect: [["bd85a26c90289a00463b664c38859103", "38d5fc2275d6ce7d2a1c940c90688987", "889b53210218858812125d8e6613e4c5", "bfaf03ce29bc57e7fc05ba8f4f00885f", "d215583397de98c4c1e0fc4cc39e0369", "3b680c221700a9b7b2c1c046d936e042", "6945500e043743756fc9ad003fe5b85b", "4ac60d4ba1714fb817a2ef81de09af03", "7955daa4edddf480afae87c77211ba9d", "2ba6773af6764e41375560ad516b3017", "c745feb5241709c1989acba364a4270f", "fd9e3bdc52348cbccc53d67d161dfc6e", "c1c905525c55473c105595554e81adca", "ade76a2d980dc67b9d2e5780f4223aff", "4b7259dff27245fbb1c0f5e440ccd07e", "0946d315a44e67d9a974d8caf696f402", "62a457719101124d52a9c4fe5211f52a", true, "IBWCh8N5cuv4g/hVfpR2+A==", "cf4c90d7ae681dae2e0c33ac4920eca5"], ["2dc47d525efd877a435d19847f2da09a50034ac9", "321aef604ff8e93e514d8bca5af32ee73ba278cc", "7cc472f1fa0a3f99b5a27eb1d2c8af8d7439e6fa", "f81cca4cc75d70564e195fcddf28a9299b180b87", "d754134ff3da0dcfe1619f22730ccb93a61c4a80", "25617c9e799978d19726bf9f6c769add70c67a4e", "91c7987bd8dc64ce457c1c76e04cf3e5006e7581", "fcc7acd1486a60044f692f6ea4f8bbfdee44e8b8", "084d680dd1d4bf3b7f00b1039796ee38296f25c3", "128545a951dde9b4345a3d772ca056e63f66f95c", "d667e19b898c5fa4fa3c158dbf1ce8b5b799351a", "404400eb04a8be2c11fa95e38a64fefba4f684ca", "f24087b84cf7bf9d01d60b7fc006cb43366cbfa7", "a7fd84cbfe5c18710c680d589281068efdd0c71f", "d64fa2404c2418ba30200a7eabf00f3309e8b813", "c539d8f1b939b6a05f9dec78f465b426b290befc", "f385097158dd699727dc7b014e8070f880f96f64", true, "hfZNHVmHUvkrriUnV+Rp1Pyy/1A=", "8e69b9bbb372677bd85f6581fc2b99d1f2aa9e64"], ["ebe1ccf905debe3d2e7904b4c3ab5905c4930e0e23506dd885895771786020b0", "2979ec3e534c5a4e49bedce7ec18e7009b4a4c189af2a172eda453a31af5dec0", "56f9a6f94cac5a87ba7bb38fcd126b80a4dcb541d71479f1717fd40e441a12d2", "84d0a13bbd20a14d3ae52df905e4113132918eb5922ca4dc8d2afe3a62a02626", "5fc5d51ccfa8de4e1a01a0f8c371440d8ca788efe480ce66f0acdc57c0f5913c", "effb8f6305d86f2eb80e705665d7425699f46ba2c17f27b98d6b06475edfbcb8", "8c9c0b94a939981e9a8c6f3c0dc271df64133a792665fceef3c0c5296dc65047", "f781225623f6c488fab1e5ca17cae47641609ff4d01be496a3413196d2b29ef1", "8e5fca13483e71311d78ab21da06f89228ec121497183fb31f2ac6e0405bca3d", "cee8897bf7bf8f76a6a4d710968fc3bdbf49d1bbdbd69409badd34a0c304ce56", "d9654d65fe17fbdc0fb1160c5798b81d98e0982dfe72ab0489ecdc6c100d1c1a", "7cb368ff51954cbc6d03ac8163138c48f12ba107e491bdca1b82e2a7e18e25cb", "7050502036afb02eed3d5d1224b4b72ff3c56f2701723815c930a96a4ca29981", "e7fca2b1c21f5f4c09626a15f99882c0ede4f51592e0b61c2f56a8d429334a26", "e254a673b30eaae1ea46437cd50cbfc5021a542387ac72591394039585ebd225", "677891790661b0d24e71a7bf2684c3eafd17a0cb64817e2448dd6de2ab5ba4a1", "7cf7dc7f99e7185a1536245f8e30ced7e1b1c85ad441552176678083a67411bd", true, "eb3R45L4s4c1h3tD7aE4N0zSLupwXkaIx2TqaXvtvzU=", "c12b156356681798dd0a5a2db412e313169af85648e4d0c7735fe19aa8c3fb5d"]]
function test() {
  var crypto = require('crypto');
  function repeat(s, n) { var r = ''; for (var i = 0; i < n; i++) r = r + s; return r; }
  function hmac(alg, key, data) { return crypto.createHmac(alg, key).update(data).digest('hex'); }
  var keys = [
    '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800',
    repeat('\u00e9', 32), repeat('\u00e9', 33), repeat('\u00e9', 40),
    repeat('k', 63) + '\u00e9', repeat('\u20ac', 21) + 'k', repeat('\u20ac', 22),
    repeat('K', 64), repeat('K', 65), repeat('K', 200), repeat('\u00ff', 100)
  ];
  var latin1 = '', wide = '';
  for (var i = 0; i < 600; i++) {
    latin1 = latin1 + (i % 7 === 0 ? '\u00e9' : String.fromCharCode(97 + i % 26));
    wide = wide + (i % 5 === 0 ? '\u20ac' : i % 11 === 0 ? '\ud83d\ude00' : 'x');
  }
  var out = [];
  var algs = ['md5', 'sha1', 'sha256'];
  for (var a = 0; a < algs.length; a++) {
    var row = [];
    for (var k = 0; k < keys.length; k++) row[row.length] = hmac(algs[a], keys[k], 'data');
    row[row.length] = crypto.createHash(algs[a]).update(latin1).digest('hex');
    row[row.length] = crypto.createHash(algs[a]).update(wide).digest('hex');
    row[row.length] = crypto.createHash(algs[a]).update(repeat('z', 300)).digest('hex');
    row[row.length] = crypto.createHash(algs[a]).update(latin1.slice(0, 300)).update(latin1.slice(300)).digest('hex') === crypto.createHash(algs[a]).update(latin1).digest('hex');
    row[row.length] = crypto.createHash(algs[a]).update('\u00e9\u20ac\u00ff\u0080\u007f').digest('base64');
    row[row.length] = hmac(algs[a], latin1, wide);
    out[out.length] = row;
  }
  return out;
}
