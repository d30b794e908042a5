// description: arguments where the C library (as njs uses) returns the correctly rounded result and V8's fdlibm port is one ulp off
// expect: [-0.9624343952012958, 0.5984721441039565, -0.45753589377532133, 0.9950041652780258, -0.7629673093123283, -0.7609053519829767, -1.3738230567687946, 2.277927041205371e-9, 5.4739473917272, 0.3364722366212129, -1.5350972141155725, 1.3473197256542637, 1.3572088082974534, 0.9654893846056297, 2.828315457889967, 0.146128035678238, 2.3461938234056494]
function test() {
  return [Math.sin(-26.428571428571427), Math.sin(2.5), Math.sin(9.9), Math.cos(0.1), Math.cos(-27.571428571428573),
    Math.tan(-19.5), Math.tan(2.2), Math.exp(-19.9), Math.exp(1.7), Math.log(1.4), Math.atan(-28), Math.atan(4.4), Math.cbrt(2.5),
    Math.cbrt(0.9), Math.cosh(1.7), Math.log10(1.4), Math.acos(-0.7)];
}
