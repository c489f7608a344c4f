// nnspec's seeded generator (src/core/engine/random.ts) ported to Python for the exported scripts.

/**
 * The Python class. Integer arithmetic masked to 32 bits reproduces every uniform draw, every
 * shuffle and the test split exactly; normal() uses the Box-Muller transform, whose log, sin and
 * cos come from C's math library here and from JavaScript's in nnspec, which sometimes round the
 * last bit differently (a relative difference near 1e-16, far below what the export promises).
 */
export const RANDOM_PY = `class Random:
    """nnspec's random numbers, ported so this script draws exactly the same ones.

    Ported rather than written in: initialize_parameters draws its W[l] from the seed as you
    would with np.random, and the shuffles are made as they happen.
    sfc32 (a small, fast 32-bit generator) seeded through splitmix32, as in nnspec's
    src/core/engine/random.ts. One seed gives independent streams: Random(SEED) for the
    initial parameters, Random(SEED ^ 0x7E57) for the test split, Random(SEED ^ 0x5BD1E995)
    for the mini-batch shuffles. The shuffles and the split come out identical; normal() may
    differ from nnspec's in the last bit (JavaScript's and C's log, sin and cos round alike
    almost always), a relative difference near 1e-16.
    """

    def __init__(self, seed):
        state = seed & 0xFFFFFFFF

        def splitmix32():
            nonlocal state
            state = (state + 0x9E3779B9) & 0xFFFFFFFF
            z = state
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & 0xFFFFFFFF
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & 0xFFFFFFFF
            return z ^ (z >> 16)

        self.a, self.b, self.c, self.d = splitmix32(), splitmix32(), splitmix32(), splitmix32()
        self.spare = None
        for _ in range(12):
            self.uint32()

    def uint32(self):
        t = (self.a + self.b + self.d) & 0xFFFFFFFF
        self.d = (self.d + 1) & 0xFFFFFFFF
        self.a = self.b ^ (self.b >> 9)
        self.b = (self.c + (self.c << 3)) & 0xFFFFFFFF
        self.c = (((self.c << 21) | (self.c >> 11)) + t) & 0xFFFFFFFF
        return t

    def uniform(self):
        """A float in [0, 1)."""
        return self.uint32() / 4294967296

    def normal(self):
        """A draw from N(0, 1) by the Box-Muller transform (which makes two at a time)."""
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        u = 0.0
        while u == 0.0:
            u = self.uniform()
        v = self.uniform()
        r = math.sqrt(-2 * math.log(u))
        self.spare = r * math.sin(2 * math.pi * v)
        return r * math.cos(2 * math.pi * v)

    def shuffle(self, items):
        """Fisher-Yates, in place."""
        for i in range(len(items) - 1, 0, -1):
            j = int(self.uniform() * (i + 1))
            items[i], items[j] = items[j], items[i]`;
