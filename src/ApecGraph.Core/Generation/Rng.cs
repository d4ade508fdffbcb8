namespace ApecGraph.Core.Generation;

/// <summary>SplitMix64: a small deterministic generator, so the same seed gives the same graph on every runtime
/// (System.Random's seeded sequence is not a documented contract).</summary>
internal struct Rng
{
    private ulong state;

    private Rng(ulong state) => this.state = state;

    /// <summary>A generator for one named stream of one seed, e.g. (seed, unit 12, "shape"): any part of the graph can
    /// be recomputed from its coordinates alone, without keeping what was generated before it.</summary>
    public static Rng For(long seed, long a, long b = 0, ulong salt = 0)
    {
        var rng = new Rng((ulong)seed ^ 0x9E3779B97F4A7C15UL);
        rng.state ^= Mix((ulong)a + 0x632BE59BD9B4E019UL) ^ Mix((ulong)b * 0x85EBCA77C2B2AE63UL + salt);
        rng.Next();
        return rng;
    }

    public ulong Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>0 to <paramref name="n"/> - 1.</summary>
    public int Int(int n) => n <= 1 ? 0 : (int)(Next() % (ulong)n);

    /// <summary><paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + Int(max - min + 1);

    public double Double() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Double() < p;

    /// <summary>0 to n - 1, heavily skewed towards 0: a few hubs get most picks.</summary>
    public int Skewed(int n, double power = 3) => Math.Min(n - 1, (int)(n * Math.Pow(Double(), power)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
