// description: the reviver is called depth first, children before their holder, array elements by index and object keys in property order, with the holder as this and the key as a string; the root is revived last with key "" and a fresh holder object
// expect: [["1:string:[object Boolean]", "0:string:[object Number]", "x:string:null", "1:string:[object Object]", "b:string:[object Array]", "a:string:[object String]", ":string:[object Object]"], [""], true, true, false]
function test() {
  var log = [];
  var holders = [];
  var result = JSON.parse('{"b":[10,{"x":null}],"a":"s","1":true}', function (k, v) {
    var kind = v === null ? 'null' : Object.prototype.toString.call(v);
    log[log.length] = k + ':' + typeof k + ':' + kind;
    holders[holders.length] = this;
    return v;
  });
  var root = holders[holders.length - 1];
  return [log, Object.keys(root), root[''] === result, Object.getPrototypeOf(root) === Object.prototype, holders[0] === result.b];
}
