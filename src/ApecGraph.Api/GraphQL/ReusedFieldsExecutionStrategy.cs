using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ApecGraph.Api.GraphQL;

/// <summary>
/// graphql-dotnet's serial strategy (nodes one after another; a loader's keys still gathered across the whole level
/// before it loads), collecting an object's sub-fields once per request for each pair of (object type, selection set)
/// instead of once per object: the 50 meetings of a page share one collection. A leaf whose resolver is a plain read
/// of its source (<see cref="SourceValueResolver{TSource}"/>) is read and serialized in place, without a resolve
/// context or the two async steps the base class takes for every field.
/// </summary>
/// <remarks>
/// The collected fields depend only on the object type, the selection set (fragments included) and the request's
/// <c>@include</c>/<c>@skip</c> values, which are fixed for one request (<see cref="ExecutionContext.DirectiveValues"/>):
/// the collections are kept for one request only, never across requests (the same document may be sent again with
/// other variables). Abstract types are keyed on the object type the node resolved to, as the base class collects
/// for it. A response key selected by several fragments is merged by the base class into one new field; that field is
/// then shared by every object of the pair, as an unmerged field always is.
/// </remarks>
public sealed class ReusedFieldsExecutionStrategy : SerialExecutionStrategy
{
    private sealed class RequestFields(ExecutionContext context)
    {
        public readonly ExecutionContext Context = context;
        public readonly Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField Field, FieldType FieldType)[]> Collected = new(SameInstances.Comparer);
    }

    // Types and selection sets are the schema's and the document's own instances: compared by reference, not through
    // GraphType's name-based Equals and GetHashCode (a string hash per node).
    private sealed class SameInstances : IEqualityComparer<(IGraphType Type, GraphQLSelectionSet Selection)>
    {
        public static readonly SameInstances Comparer = new();

        public bool Equals((IGraphType Type, GraphQLSelectionSet Selection) x, (IGraphType Type, GraphQLSelectionSet Selection) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selection, y.Selection);

        public int GetHashCode((IGraphType Type, GraphQLSelectionSet Selection) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.Selection));
    }

    private static readonly AsyncLocal<RequestFields?> Current = new();

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        // Set within this async method: restored when it returns; the nodes' tasks started from here inherit it.
        Current.Value = new RequestFields(context);
        try
        {
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }
        finally
        {
            Current.Value = null;
        }
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node is ValueExecutionNode leaf && node.FieldDefinition.Resolver is ISourceValueReader reader && node.Parent is not ArrayExecutionNode
            && !context.CancellationToken.IsCancellationRequested)
        {
            try
            {
                var value = leaf.GraphType.Serialize(reader.Read(node.Source));
                // What the base class does for a leaf: serialize, then refuse a null where the type is non-null.
                if (value is not null || node.FieldDefinition.ResolvedType is not NonNullGraphType)
                {
                    node.Result = value;
                    return Task.CompletedTask;
                }
            }
            catch (Exception)
            {
                // A read or a serialization that fails (or a null where none may be) goes the base class's way below,
                // which runs the same read again and reports the error as for any other field.
            }
        }
        return base.ExecuteNodeAsync(context, node);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var request = Current.Value;
        var selectionSet = parent.SelectionSet;
        if (request is null || request.Context != context || selectionSet is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var specificType = (IGraphType?)parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        (GraphQLField Field, FieldType FieldType)[]? fields;
        // The serial strategy completes one node at a time: no two of them meet here at once.
        if (!request.Collected.TryGetValue((specificType, selectionSet), out fields))
        {
            var collected = CollectFieldsFrom(context, specificType, selectionSet, null);
            fields = new (GraphQLField, FieldType)[collected.Count];
            var i = 0;
            foreach (var (_, value) in collected) fields[i++] = value;
            request.Collected[(specificType, selectionSet)] = fields;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            subFields[i] = BuildExecutionNode(parent, fields[i].FieldType.ResolvedType!, fields[i].Field, fields[i].FieldType);
        parent.SubFields = subFields;
    }
}
