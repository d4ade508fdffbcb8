using ApecGraph.Core.Embedded;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Model;

/// <summary>The graph's version: the same for the same graph in any order, different for any change of content.</summary>
public sealed class GraphVersionTests
{
    private static readonly KnowledgeGraph Real = GraphLoader.Load(RepositoryPaths.Sources).Graph!;

    private static readonly string RealVersion = GraphVersion.Of(Real);

    [Fact]
    public void The_version_is_16_lower_case_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{16}$", RealVersion);
    }

    [Fact]
    public void The_same_graph_loaded_twice_has_the_same_version()
    {
        var again = GraphLoader.Load(RepositoryPaths.Sources).Graph!;

        Assert.NotSame(Real, again);
        Assert.Equal(RealVersion, GraphVersion.Of(again));
    }

    [Fact]
    public void Entities_relations_and_properties_in_another_order_give_the_same_version()
    {
        var shuffled = new KnowledgeGraph(
            [.. Real.Entities.Reverse().Select(e => e with { Properties = e.Properties.Reverse().ToDictionary() })],
            [.. Real.Relations.Reverse()]) { DocumentTexts = Real.DocumentTexts.Reverse().ToDictionary() };

        Assert.NotEqual(Real.Entities[0].Id, shuffled.Entities[0].Id);
        Assert.NotEqual(Real.Relations[0].Id, shuffled.Relations[0].Id);
        Assert.Equal(RealVersion, GraphVersion.Of(shuffled));
    }

    [Fact]
    public void One_changed_quote_changes_the_version()
    {
        var i = Index(Real.Relations, r => r.Evidence.Count > 0);
        var relation = Real.Relations[i];
        var changed = relation with { Evidence = [relation.Evidence[0] with { Quote = relation.Evidence[0].Quote + "." }, .. relation.Evidence.Skip(1)] };

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Relations = Replace(Real.Relations, i, changed) }));
    }

    [Fact]
    public void One_changed_entity_quote_changes_the_version()
    {
        var i = Index(Real.Entities, e => e.Evidence.Count > 0);
        var entity = Real.Entities[i];
        var changed = entity with { Evidence = [entity.Evidence[0] with { Quote = entity.Evidence[0].Quote.ToUpperInvariant() }, .. entity.Evidence.Skip(1)] };

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Entities = Replace(Real.Entities, i, changed) }));
    }

    [Fact]
    public void One_changed_property_changes_the_version()
    {
        var i = Index(Real.Entities, e => e.Properties.Count > 0);
        var entity = Real.Entities[i];
        var key = entity.Properties.Keys.First();
        var properties = entity.Properties.ToDictionary();
        properties[key] += "x";

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Entities = Replace(Real.Entities, i, entity with { Properties = properties }) }));
    }

    [Fact]
    public void One_changed_modality_changes_the_version()
    {
        var i = Index(Real.Relations, r => r.Modality == Modality.Actual);
        var changed = Real.Relations[i] with { Modality = Modality.Planned };

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Relations = Replace(Real.Relations, i, changed) }));
    }

    [Fact]
    public void One_changed_source_text_changes_the_version()
    {
        var texts = Real.DocumentTexts.ToDictionary();
        var id = texts.Keys.Order(StringComparer.Ordinal).First();
        texts[id] += "\n";

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { DocumentTexts = texts }));
    }

    [Fact]
    public void One_changed_quote_position_changes_the_version()
    {
        var i = Index(Real.Relations, r => r.Evidence.Count > 0);
        var relation = Real.Relations[i];
        var changed = relation with { Evidence = [relation.Evidence[0] with { Start = relation.Evidence[0].Start + 1 }, .. relation.Evidence.Skip(1)] };

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Relations = Replace(Real.Relations, i, changed) }));
    }

    [Fact]
    public void Aliases_and_evidence_count_in_their_order()
    {
        var i = Index(Real.Entities, e => e.Aliases.Count > 1 && e.Aliases[0] != e.Aliases[1]);
        var entity = Real.Entities[i];

        Assert.NotEqual(RealVersion, GraphVersion.Of(Real with { Entities = Replace(Real.Entities, i, entity with { Aliases = [.. entity.Aliases.Reverse()] }) }));
    }

    [Fact]
    public void Texts_cannot_run_into_each_other()
    {
        static KnowledgeGraph One(string name, string? description) =>
            new([new Entity { Id = "economy:x", Kind = EntityKind.Economy, Name = name, Description = description }], []);

        Assert.NotEqual(GraphVersion.Of(One("ab", "c")), GraphVersion.Of(One("a", "bc")));
        Assert.NotEqual(GraphVersion.Of(One("a", "sb")), GraphVersion.Of(One("as", "b")));
        Assert.NotEqual(GraphVersion.Of(One("a", null)), GraphVersion.Of(One("a", "")));
    }

    [Fact]
    public async Task The_embedded_store_serves_the_version_and_counts_of_its_graph()
    {
        var loadedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
        var store = new EmbeddedGraphStore(Real, loadedAt);

        var info = (await store.GetGraphInfoAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(RealVersion, info.Version);
        Assert.Equal(loadedAt, info.LoadedAt);
        Assert.Equal(TimeSpan.Zero, info.LoadedAt.Offset);
        Assert.Equal(Real.Entities.Count, info.Entities);
        Assert.Equal(Real.Relations.Count, info.Relations);
        Assert.Equal(Enum.GetValues<EntityKind>(), info.EntitiesByKind.Select(k => k.Kind));
        foreach (var (kind, count) in info.EntitiesByKind)
            Assert.Equal(Real.Entities.Count(e => e.Kind == kind), count);
    }

    private static int Index<T>(IReadOnlyList<T> items, Func<T, bool> predicate)
    {
        for (var i = 0; i < items.Count; i++)
            if (predicate(items[i])) return i;
        throw new InvalidOperationException("no such item in the repository's graph");
    }

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, int index, T item) => [.. items.Select((x, i) => i == index ? item : x)];
}
