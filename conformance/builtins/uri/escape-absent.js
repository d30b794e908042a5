// description: escape and unescape (ECMA-262 Annex B) are listed on neither runtime's page, so they are not defined
// node: skip Node has the Annex B functions; CloudFront's pages do not list them
// expect: ["undefined", "undefined", false]
function test() {
  return [typeof escape, typeof unescape, 'escape' in globalThis];
}
