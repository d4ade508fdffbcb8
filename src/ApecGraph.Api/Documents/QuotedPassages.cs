using ApecGraph.Core.Store;

namespace ApecGraph.Api.Documents;

/// <summary>A stretch of the text that quotes state: its span and every fact quoting exactly that span.</summary>
internal sealed record Passage(int Number, int Start, int End, IReadOnlyList<QuotedFact> Facts);

/// <summary>A piece of the text between two consecutive passage boundaries, with the passages covering all of it
/// (none for unquoted text), innermost (shortest) first.</summary>
internal sealed record Segment(int Start, int End, IReadOnlyList<Passage> Covering);

/// <summary>Cuts a text into passages and segments, so that overlapping and nested quotes each stay highlighted.</summary>
internal static class QuotedPassages
{
    /// <summary>The facts grouped by span, in text order (start, then end), numbered from 1; quotes without a position
    /// or outside the text are left out.</summary>
    public static IReadOnlyList<Passage> Group(IReadOnlyList<QuotedFact> facts, int textLength) =>
        [.. facts
            .Where(f => f.Evidence.Start is { } s && f.Evidence.End is { } e && 0 <= s && s < e && e <= textLength)
            .GroupBy(f => (Start: f.Evidence.Start!.Value, End: f.Evidence.End!.Value))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End)
            .Select((g, i) => new Passage(i + 1, g.Key.Start, g.Key.End, [.. g]))];

    /// <summary>The whole text [0, length) as consecutive segments.</summary>
    public static IReadOnlyList<Segment> Segments(IReadOnlyList<Passage> passages, int length)
    {
        var cuts = new SortedSet<int> { 0, length };
        foreach (var passage in passages)
        {
            cuts.Add(passage.Start);
            cuts.Add(passage.End);
        }
        var segments = new List<Segment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var (from, to) = (previous, cut);
                segments.Add(new Segment(from, to, [.. passages.Where(p => p.Start <= from && p.End >= to).OrderBy(p => p.End - p.Start).ThenBy(p => p.Number)]));
            }
            previous = cut;
        }
        return segments;
    }
}
