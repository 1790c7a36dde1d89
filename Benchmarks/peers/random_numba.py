"""xoshiro256++, SplitMix64 seeding and the 128-layer ziggurat in numba, exactly as
plansim's Sources/Simulation/Random draws them: the same (seed, block) gives the same
numbers. The state is four uint64 locals passed and returned, so it stays in registers.
Used by montecarlo_numba.py (numba's on-disk cache does not notice edits to this file:
delete peers/__pycache__ after changing it).
"""
import math

import numpy as np
from numba import njit

# SplitMix64 and seeding constants (plansim's Xoshiro256(seed:block:)).
GOLDEN = np.uint64(0x9E3779B97F4A7C15)
MIX1 = np.uint64(0xBF58476D1CE4E5B9)
MIX2 = np.uint64(0x94D049BB133111EB)
BLOCK_MUL = np.uint64(0xD1B54A32D192ED03)


def ziggurat_tables():
    """Doornik's ZIGNOR tables with 128 layers: edges x[0..128] and ratios x[i+1]/x[i]."""
    r, v, layers = 3.442619855899, 9.91256303526217e-3, 128
    x = [0.0] * (layers + 1)
    f = math.exp(-0.5 * r * r)
    x[0], x[1] = v / f, r
    for i in range(2, layers):
        x[i] = math.sqrt(-2 * math.log(v / x[i - 1] + f))
        f = math.exp(-0.5 * x[i] * x[i])
    return np.array(x), np.array([x[i + 1] / x[i] for i in range(layers)])


ZX, ZR = ziggurat_tables()
ZIG_R = 3.442619855899


@njit(inline="always")
def _splitmix(state):
    state = state + GOLDEN
    z = state
    z = (z ^ (z >> np.uint64(30))) * MIX1
    z = (z ^ (z >> np.uint64(27))) * MIX2
    return state, z ^ (z >> np.uint64(31))


@njit(inline="always")
def _seed(seed, block):
    _, mixed = _splitmix(np.uint64(block) * BLOCK_MUL)
    sm = np.uint64(seed) ^ mixed
    sm, a = _splitmix(sm)
    sm, b = _splitmix(sm)
    sm, c = _splitmix(sm)
    sm, d = _splitmix(sm)
    return a, b, c, d


@njit(inline="always")
def _next(s0, s1, s2, s3):
    t0 = s0 + s3
    result = ((t0 << np.uint64(23)) | (t0 >> np.uint64(41))) + s0
    t = s1 << np.uint64(17)
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << np.uint64(45)) | (s3 >> np.uint64(19))
    return result, s0, s1, s2, s3


@njit(inline="always")
def _uniform(s0, s1, s2, s3):
    bits, s0, s1, s2, s3 = _next(s0, s1, s2, s3)
    return float(bits >> np.uint64(11)) * 1.1102230246251565e-16, s0, s1, s2, s3


@njit(inline="always")
def _normal(s0, s1, s2, s3, zx, zr):
    while True:
        bits, s0, s1, s2, s3 = _next(s0, s1, s2, s3)
        u = float(np.int64(bits) >> np.int64(11)) * 2.220446049250313e-16
        i = np.int64(bits & np.uint64(0x7F))
        if abs(u) < zr[i]:
            return u * zx[i], s0, s1, s2, s3
        if i == 0:
            while True:
                a, s0, s1, s2, s3 = _uniform(s0, s1, s2, s3)
                b, s0, s1, s2, s3 = _uniform(s0, s1, s2, s3)
                t = math.log(1 - a) / ZIG_R
                y = math.log(1 - b)
                if not (-2 * y < t * t):
                    break
            return (t - ZIG_R if u < 0 else ZIG_R - t), s0, s1, s2, s3
        value = u * zx[i]
        f0 = math.exp(-0.5 * (zx[i] * zx[i] - value * value))
        f1 = math.exp(-0.5 * (zx[i + 1] * zx[i + 1] - value * value))
        w, s0, s1, s2, s3 = _uniform(s0, s1, s2, s3)
        if f1 + w * (f0 - f1) < 1:
            return value, s0, s1, s2, s3
