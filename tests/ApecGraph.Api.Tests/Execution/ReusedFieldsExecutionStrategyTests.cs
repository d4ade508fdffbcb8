using ApecGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ApecGraph.Api.Tests.Execution;

/// <summary>
/// The API's execution strategy (serial, leaves read in place) answers what graphql-dotnet's own parallel strategy
/// answers with ordinary resolvers, byte for byte: values, enums, a null where the type allows one, and the errors and
/// null propagation of a null on a non-null leaf and of a read that throws.
/// </summary>
public sealed class ReusedFieldsExecutionStrategyTests
{
    private sealed record Item(string? Name, int? Count, Colour Colour, bool Fails);

    public enum Colour { Red, Blue }

    private static readonly Item[] Items =
    [
        new("first", 1, Colour.Red, false),
        new(null, 2, Colour.Blue, false),        // null on a non-null leaf: the item becomes null, with an error
        new("third", null, Colour.Red, false),    // null on a nullable leaf: just null
        new("fourth", 4, Colour.Blue, true),      // a read that throws: the field is null, with an error
    ];

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType(bool leavesReadInPlace)
        {
            Name = "Item";
            Leaf(Field<NonNullGraphType<StringGraphType>>("name"), i => i.Name, leavesReadInPlace);
            Leaf(Field<IntGraphType>("count"), i => i.Count, leavesReadInPlace);
            Leaf(Field<NonNullGraphType<EnumerationGraphType<Colour>>>("colour"), i => i.Colour, leavesReadInPlace);
            Leaf(Field<StringGraphType>("fails"), i => i.Fails ? throw new InvalidOperationException("no such value") : "fine", leavesReadInPlace);
        }

        private static void Leaf(global::GraphQL.Builders.FieldBuilder<Item, object> field, Func<Item, object?> read, bool inPlace)
        {
            if (inPlace) field.ResolveValue(read);
            else field.Resolve(c => read(c.Source));
        }
    }

    private static async Task<string> RunAsync(IExecutionStrategy strategy, bool leavesReadInPlace, string query)
    {
        var root = new ObjectGraphType { Name = "Query" };
        root.Field<ListGraphType<ItemType>>("items").Resolve(_ => Items);
        root.Field<ItemType>("one").Resolve(_ => Items[0]);
        var schema = new global::GraphQL.Types.Schema { Query = root };
        schema.RegisterType(new ItemType(leavesReadInPlace));
        schema.Initialize();
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(
            [new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query, ThrowOnUnhandledException = false });
        return new GraphQLSerializer().Serialize(result);
    }

    [Theory]
    [InlineData("{ items { name count colour fails } }")]
    [InlineData("{ items { count colour } one { name fails } }")]
    [InlineData("{ one { n: name c: count name } items { fails } }")]
    public async Task Answers_as_graphql_dotnets_parallel_strategy_with_ordinary_resolvers(string query)
    {
        var expected = await RunAsync(new ParallelExecutionStrategy(), leavesReadInPlace: false, query);
        var actual = await RunAsync(new ReusedFieldsExecutionStrategy(), leavesReadInPlace: true, query);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_null_on_a_non_null_leaf_and_a_read_that_throws_are_errors_at_their_paths()
    {
        var answer = await RunAsync(new ReusedFieldsExecutionStrategy(), leavesReadInPlace: true, "{ items { name fails } }");

        Assert.Contains("\"message\":\"Error trying to resolve field \\u0027name\\u0027.\",\"locations\":[{\"line\":1,\"column\":11}],\"path\":[\"items\",1,\"name\"]", answer);
        Assert.Contains("\"message\":\"Error trying to resolve field \\u0027fails\\u0027.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"items\",3,\"fails\"]", answer);
        Assert.Contains("{\"name\":\"first\",\"fails\":\"fine\"},null,{\"name\":\"third\",\"fails\":\"fine\"},{\"name\":\"fourth\",\"fails\":null}", answer);
    }
}
