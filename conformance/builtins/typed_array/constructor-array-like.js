// description: new TA(object) reads length then each index of an array-like in order, converting with ToNumber; holes read as undefined
// expect: [[7, 8, 0], ["length", "get 0", "valueOf 0", "get 1"], [1, 2, 1, 0, 0, 16], [1, 0, 3], [0.5, NaN], [1, 2], [], [], [0, 0]]
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var log = [];
  var src = {};
  Object.defineProperty(src, 'length', { get: function () { log[log.length] = 'length'; return 3; } });
  Object.defineProperty(src, 0, { get: function () { log[log.length] = 'get 0'; return { valueOf: function () { log[log.length] = 'valueOf 0'; return 7; } }; } });
  Object.defineProperty(src, 1, { get: function () { log[log.length] = 'get 1'; return '8'; } });
  var a = new Int16Array(src);
  var holes = [1, , 3];
  return [arr(a), log, arr(new Uint8Array([1, '2', true, null, undefined, '0x10'])),
    arr(new Uint8Array(holes)), arr(new Float32Array({ length: 2, 0: 0.5 })),
    arr(new Uint8Array({ length: '2', 0: 1, 1: 2, 2: 3 })), arr(new Uint8Array({ length: -5 })),
    arr(new Uint8Array({})), arr(new Uint8Array(function (a, b) {}))];
}
