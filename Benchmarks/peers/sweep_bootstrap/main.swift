// The sweep bootstrap before and after issue 26, on synthetic outputs of the benchmark's size
// (N = 8192, k = 8, second order, 100 resamples), one thread, CPU time, median of 7:
// the term table with draw-order gathers (plansim 0.1, SaltelliSums) against counts and one
// dgemm per 4,096 rows (CountBootstrap). Build and run (docs/performance.md):
//   swiftc -O -I Benchmarks/peers/sweep_bootstrap/cblas -I /usr/include/x86_64-linux-gnu \
//     Benchmarks/peers/sweep_bootstrap/main.swift -o /tmp/sweep_bootstrap && /tmp/sweep_bootstrap
import Foundation
import CBLAS

struct Xo { var s: (UInt64, UInt64, UInt64, UInt64)
  init(_ seed: UInt64) { var z = seed; func sm(_ z: inout UInt64) -> UInt64 { z &+= 0x9E3779B97F4A7C15; var x = z; x = (x ^ (x >> 30)) &* 0xBF58476D1CE4E5B9; x = (x ^ (x >> 27)) &* 0x94D049BB133111EB; return x ^ (x >> 31) }
    s = (sm(&z), sm(&z), sm(&z), sm(&z)) }
  mutating func next() -> UInt64 { let r = ((s.0 &+ s.3) << 23 | (s.0 &+ s.3) >> 41) &+ s.0; let t = s.1 << 17
    s.2 ^= s.0; s.3 ^= s.1; s.1 ^= s.2; s.0 ^= s.3; s.2 ^= t; s.3 = s.3 << 45 | s.3 >> 19; return r } }

let k = 8, step = 2 * k + 2, n = 8192, q = 2 * k + k * (k - 1) / 2, R = 100
var gen = Xo(1)
let z = (0..<(n * step)).map { _ in Double(gen.next() >> 11) * 0x1p-53 - 0.5 }
@inline(__always) func fill(_ g: UnsafePointer<Double>, _ row: UnsafeMutablePointer<Double>) {
  let a = g[0], b = g[step - 1]
  for j in 0..<k { let d = g[1 + j] - a; row[j] = b * d; row[k + j] = d * d }
  var c = 2 * k
  for j in 0..<k { let baj = g[1 + k + j]; for l in (j + 1)..<max(j + 1, k) { row[c] = baj * g[1 + l] - a * b; c += 1 } }
}
func cpu() -> Double { var u = rusage(); getrusage(Int32(RUSAGE_SELF.rawValue), &u); return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) * 1e-6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) * 1e-6 }
var check = 0.0
// Old: term table, then each resample adds the rows it draws in draw order.
func old() {
  let table = UnsafeMutablePointer<Double>.allocate(capacity: n * q); defer { table.deallocate() }
  z.withUnsafeBufferPointer { zs in for r in 0..<n { fill(zs.baseAddress! + r * step, table + r * q) } }
  var acc = [Double](repeating: 0, count: q)
  for r in 0..<R {
    var rng = Xo(UInt64(r) + 7); for c in 0..<q { acc[c] = 0 }; var sum = 0.0
    for _ in 0..<n { let i = Int(rng.next() % UInt64(n)); sum += z[i * step]; let t = table + i * q; for c in 0..<q { acc[c] += t[c] } }
    var rng2 = Xo(UInt64(r) + 7); for _ in 0..<n { sum += z[Int(rng2.next() % UInt64(n)) * step + step - 1] }
    var rng3 = Xo(UInt64(r) + 7); var sp = 0.0; let m = sum / Double(2 * n); for _ in 0..<n { let x = z[Int(rng3.next() % UInt64(n)) * step] - m; sp += x * x }
    var rng4 = Xo(UInt64(r) + 7); for _ in 0..<n { let x = z[Int(rng4.next() % UInt64(n)) * step + step - 1] - m; sp += x * x }
    check += acc[0] + sp
  }
}
// New: counts, then one dgemm over chunks of 4096 rows.
func new() {
  let W = q + 4, chunk = 4096
  let counts = UnsafeMutablePointer<Double>.allocate(capacity: R * n), terms = UnsafeMutablePointer<Double>.allocate(capacity: chunk * W), sums = UnsafeMutablePointer<Double>.allocate(capacity: R * W)
  defer { counts.deallocate(); terms.deallocate(); sums.deallocate() }
  for r in 0..<R { let col = counts + r * n; col.initialize(repeating: 0, count: n); var rng = Xo(UInt64(r) + 7); for _ in 0..<n { col[Int(rng.next() % UInt64(n))] += 1 } }
  z.withUnsafeBufferPointer { zs in
    for lo in stride(from: 0, to: n, by: chunk) {
      let rows = min(chunk, n - lo)
      for i in 0..<rows { let g = zs.baseAddress! + (lo + i) * step, row = terms + i * W; fill(g, row); let a = g[0], b = g[step - 1]; row[q] = a; row[q+1] = b; row[q+2] = a*a; row[q+3] = b*b }
      cblas_dgemm(CblasColMajor, CblasTrans, CblasTrans, Int32(R), Int32(W), Int32(rows), 1, counts + lo, Int32(n), terms, Int32(W), lo > 0 ? 1 : 0, sums, Int32(R))
    }
  }
  check += sums[0]
}
openblas_set_num_threads(1)
for _ in 0..<2 { old(); new() }
var to: [Double] = [], tn: [Double] = []
for _ in 0..<7 { var t = cpu(); old(); to.append(cpu() - t); t = cpu(); new(); tn.append(cpu() - t) }
to.sort(); tn.sort()
print(String(format: "bootstrap, N = 8192, k = 8, 2nd order, 100 resamples, 1 thread, CPU: draw-order gathers median %.1f ms (min %.1f, max %.1f); counts + dgemm median %.1f ms (min %.1f, max %.1f); check %g", to[3]*1e3, to[0]*1e3, to[6]*1e3, tn[3]*1e3, tn[0]*1e3, tn[6]*1e3, check))
