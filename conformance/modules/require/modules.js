// description: require returns the crypto and querystring module objects, the same object on every call; it is a function named require taking one argument
// expect: ["function", 1, "require", true, true, true, "function", "function", true]
function test() {
  return [
    typeof require, require.length, require.name,
    require('crypto') === require('crypto'),
    require('querystring') === require('querystring'),
    require('crypto') !== require('querystring'),
    typeof require('crypto').createHmac,
    typeof require('querystring').parse,
    require({ toString: function () { return 'crypto'; } }) === require('crypto')
  ];
}
