// description: localeCompare orders by code units (no locale data): uppercase before lowercase, accents after ASCII, -1/0/1 results
// node: skip ICU collation orders these differently
// expect: [1, -1, 1, -1, 0, -1, 1, 1]
function test() {
  return [
    "a".localeCompare("B"), "B".localeCompare("a"), "é".localeCompare("f"), "Z".localeCompare("a"), "x".localeCompare("x"),
    "a".localeCompare("a\u0000"), "\uFF61".localeCompare("\uD83D\uDE00"), "résumé".localeCompare("resume")
  ];
}
