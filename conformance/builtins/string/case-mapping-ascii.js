// description: the ASCII fast path of toUpperCase and toLowerCase hands a string to the full mappings when a Latin-1 letter follows (or precedes) an ASCII one that changes, and keeps a string with nothing to change as it is
// expect: ["AŸ", 376, 924, "zé", "aé", "éz", "ÉA", "SSA", "ASS", "queryname", "Q", "q", true, "0123456789abcdefghij", "0123456789ABCDEFGHIJ", "é", "x"]
function test() {
  return [
    "aÿ".toUpperCase(), "Aÿ".toUpperCase().charCodeAt(1), "aµ".toUpperCase().charCodeAt(1), "Zé".toLowerCase(),
    "aÉ".toLowerCase(), "éZ".toLowerCase(), "Éa".toUpperCase(), "ßa".toUpperCase(), "aß".toUpperCase(),
    "QueryName".toLowerCase(), "q".toUpperCase(), "Q".toLowerCase(), "utm_source".toLowerCase() === "utm_source",
    "0123456789abcdefGHIJ".toLowerCase(), "0123456789abcdefGHIJ".toUpperCase(), "é".toLowerCase(), "x".toLowerCase()
  ];
}
