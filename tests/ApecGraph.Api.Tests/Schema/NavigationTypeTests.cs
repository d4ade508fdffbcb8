using System.Text.RegularExpressions;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Schema;

/// <summary>Walks the vocabulary and the built schema together: every typed navigation field can hold every kind
/// the vocabulary allows at the far end of what it follows, or drops it by a kind filter its description states.</summary>
[Collection(SharedApi.Name)]
public sealed class NavigationTypeTests(RepositoryApi api)
{
    [Fact]
    public void Every_navigation_field_can_hold_what_the_vocabulary_allows_and_says_what_it_follows()
    {
        var problems = new List<string>();
        var checkedFields = 0;
        foreach (var (type, kind) in KindTypes())
        {
            foreach (var field in type.Fields)
            {
                var admitted = Admitted(Unwrap(field.ResolvedType!));
                var declaration = NavigationDeclaration.Of(field);
                if (declaration is null)
                {
                    if (admitted is not null)
                        problems.Add($"{type.Name}.{field.Name} returns entities but declares no navigation (build it with Navigation.Many/One).");
                    continue;
                }
                checkedFields++;
                problems.AddRange(Check($"{type.Name}.{field.Name}", kind, field, declaration, admitted));
            }
        }

        Assert.True(checkedFields >= 30, $"Only {checkedFields} navigation fields found: is the walk still reading the declarations?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Check(string name, EntityKind kind, FieldType field, NavigationDeclaration declaration, IReadOnlySet<EntityKind>? admitted)
    {
        if (admitted is null)
        {
            yield return $"{name} declares navigation but its type {field.ResolvedType} holds no entity.";
            yield break;
        }
        var followed = declaration.Query.Types ?? [];
        if (followed.Count == 0)
            yield return $"{name} follows every relation type; a typed field names the ones it follows.";
        var dropped = new SortedSet<EntityKind>();
        foreach (var relationType in followed)
        {
            if (!Vocabulary.RelationTypes.TryGetValue(relationType, out var rule))
            {
                yield return $"{name} follows {relationType}, which the vocabulary does not have.";
                continue;
            }
            foreach (var (near, far) in Ends(rule, declaration.Query.Direction))
            {
                if (!near.Contains(kind))
                    yield return $"{name} follows {relationType} {declaration.Query.Direction}, which never has a {kind.ToString().ToUpperInvariant()} at this end.";
                foreach (var farKind in far.Where(k => !admitted.Contains(k)))
                {
                    if (declaration.Keeps(farKind))
                        yield return $"{name}: its type {field.ResolvedType} cannot hold {farKind.ToString().ToUpperInvariant()}, which {relationType} {declaration.Query.Direction} may reach.";
                    else
                        dropped.Add(farKind);
                }
            }
        }
        foreach (var kept in declaration.Kinds.Where(k => !admitted.Contains(k)))
            yield return $"{name} keeps {kept.ToString().ToUpperInvariant()}, which its type {field.ResolvedType} cannot hold.";
        var description = field.Description ?? "";
        if (dropped.Count > 0)
            foreach (var kept in declaration.Kinds.Where(k => !Names(description, k.ToString().ToUpperInvariant())))
                yield return $"{name} drops {string.Join(", ", dropped).ToUpperInvariant()} by its kind filter but its description does not say it keeps {kept.ToString().ToUpperInvariant()} only.";
        foreach (var relationType in followed.Where(t => !Names(description, t)))
            yield return $"{name} follows {relationType} but its description does not say so: \"{description}\"";
        foreach (var other in Vocabulary.RelationTypes.Keys.Where(t => !followed.Contains(t) && Names(description, t)))
            yield return $"{name} names {other} in its description but does not follow it: \"{description}\"";
        var modality = field.Arguments?.Find(NavigationDeclaration.ModalityArgument);
        if (modality?.DefaultValue is not IEnumerable<Modality> defaults || !defaults.SequenceEqual([Modality.Actual]))
            yield return $"{name} has no modality argument defaulting to [ACTUAL].";
    }

    /// <summary>(kinds at this entity's end, kinds at the far end) for each way the direction reads the rule.</summary>
    private static IEnumerable<(IReadOnlySet<EntityKind> Near, IReadOnlySet<EntityKind> Far)> Ends(RelationRule rule, Direction direction) => direction switch
    {
        Direction.Out => [(rule.From, rule.To)],
        Direction.In => [(rule.To, rule.From)],
        _ => [(rule.From, rule.To), (rule.To, rule.From)],
    };

    private static bool Names(string description, string word) => Regex.IsMatch(description, $@"\b{Regex.Escape(word)}\b");

    /// <summary>The object types that are the face of an entity kind, with the kind.</summary>
    private IEnumerable<(IObjectGraphType Type, EntityKind Kind)> KindTypes()
    {
        var schema = api.Services.GetRequiredService<ApecSchema>();
        schema.Initialize();
        var types = schema.AllTypes.OfType<IObjectGraphType>().Select(t => (t, KindOf(t))).Where(p => p.Item2 is not null).ToList();
        Assert.Equal(Enum.GetValues<EntityKind>().Length, types.Count);
        return types.Select(p => (p.t, p.Item2!.Value));
    }

    private static EntityKind? KindOf(IGraphType type) =>
        type is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == "Entity") && Enum.TryParse<EntityKind>(o.Name, out var kind) ? kind : null;

    /// <summary>The kinds a GraphQL type can hold: one for a kind's object type, its members' for a union, all for the Entity interface; null if it holds no entity.</summary>
    private static IReadOnlySet<EntityKind>? Admitted(IGraphType type) => type switch
    {
        IInterfaceGraphType { Name: "Entity" } => Enum.GetValues<EntityKind>().ToHashSet(),
        UnionGraphType union => union.PossibleTypes.Select(KindOf).OfType<EntityKind>().ToHashSet(),
        IObjectGraphType when KindOf(type) is { } kind => new HashSet<EntityKind> { kind },
        _ => null,
    };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };
}
