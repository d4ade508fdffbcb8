namespace ApecGraph.HostileCorpus;

/// <summary>Small helpers over a seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    public static bool Chance(this Random r, double p) => r.NextDouble() < p;

    public static string Word(this Random r, int min = 1, int max = 10)
    {
        var chars = new char[r.Next(min, max + 1)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)('a' + r.Next(26));
        return new string(chars);
    }

    /// <summary>A size spread over several magnitudes between min and max (log-uniform).</summary>
    public static int LogSize(this Random r, int min, int max) =>
        (int)Math.Round(Math.Exp(Math.Log(min) + r.NextDouble() * (Math.Log(max) - Math.Log(min))));
}
