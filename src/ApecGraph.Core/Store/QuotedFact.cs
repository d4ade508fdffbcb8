using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>One quote of a document and the fact it supports: a relation (never a derived MENTIONS), or an entity
/// and the properties its evidence <see cref="Evidence.Supports"/>. Exactly one of the two is set.</summary>
/// <param name="Evidence">The quote, with its position in the document's source text.</param>
/// <param name="Index">The position of <paramref name="Evidence"/> in its fact's evidence list.</param>
/// <param name="Relation">The relation the quote supports, or null.</param>
/// <param name="Entity">The entity whose properties the quote supports, or null.</param>
public sealed record QuotedFact(Evidence Evidence, int Index, Relation? Relation, Entity? Entity)
{
    /// <summary>The most quoted facts any store returns per document (a query's <c>limit</c> is capped here).</summary>
    public const int MaxPerDocument = 500;

    public string FactId => Relation?.Id ?? Entity!.Id;

    /// <summary>The order every store returns a document's quoted facts in: by start, then end, entity facts before
    /// relations, then the fact's id (ordinal), then the evidence index.</summary>
    public static Comparer<QuotedFact> InTextOrder { get; } = Comparer<QuotedFact>.Create((a, b) =>
        Nullable.Compare(a.Evidence.Start, b.Evidence.Start) is var byStart and not 0 ? byStart
        : Nullable.Compare(a.Evidence.End, b.Evidence.End) is var byEnd and not 0 ? byEnd
        : (a.Relation is null).CompareTo(b.Relation is null) is var bySide and not 0 ? -bySide
        : string.CompareOrdinal(a.FactId, b.FactId) is var byId and not 0 ? byId
        : a.Index.CompareTo(b.Index));
}
