// description: Date.UTC, Date.parse and Date.now are non-enumerable methods with their lengths and names
// expect: [["UTC", 7, "UTC", true, false, true], ["parse", 1, "parse", true, false, true], ["now", 0, "now", true, false, true], []]
function test() {
  function info(name) {
    var d = Object.getOwnPropertyDescriptor(Date, name);
    return [name, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable]
  }
  return [info('UTC'), info('parse'), info('now'), Object.keys(Date)]
}
