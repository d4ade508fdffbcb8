namespace ApecGraph.Api.Tests.Limits;

/// <summary>The requests issue 8 found that one client could take the server down with.</summary>
public static class HostileQueries
{
    /// <summary>144 bytes; answered 80 MB in 18 s before the cost limit.</summary>
    public const string NestedRelations =
        "{ documents { edges { node { relations { to { relations { to { relations { to { relations { to { relations { to { id } } } } } } } } } } } } } }";

    public const string ProposalsWithRelations =
        "proposals(first: 100) { edges { node { id title relations(first: 50) { type evidence { quote document { id } } from { id name } to { id name } } } } }";

    /// <summary>That selection under <paramref name="count"/> aliases (300 answered 11.6 MB before the limits).</summary>
    public static string Aliases(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {ProposalsWithRelations}")) + " }";

    /// <summary><c>{ __typename @include(if: true) … }</c>: 5,000 directives answered 1.2 MB of errors.</summary>
    public static string Directives(int count) =>
        "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", count)) + "}";

    /// <summary>Selections nested <paramref name="levels"/> deep.</summary>
    public static string Nested(int levels) =>
        "{ " + string.Concat(Enumerable.Repeat("entity(id: \"x\") { ... on Meeting { partOf { ", levels)) + "id" + string.Concat(Enumerable.Repeat(" } } }", levels)) + " }";
}
