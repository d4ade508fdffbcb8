using ApecGraph.Api.GraphQL.Loading;
using GraphQL.Validation.Complexity;

namespace ApecGraph.Api.Limits;

/// <summary>One request's estimated cost (set while the document is validated) and its store calls; scoped.</summary>
public sealed class RequestCost(RequestGraphStore store)
{
    /// <summary>The estimate, once the document has been analysed; null before (or when it never was).</summary>
    public long? Estimated { get; private set; }

    public int StoreCalls => store.Calls;

    /// <summary>Takes the estimate made for the same document before (it declares no variables, so it cannot differ).</summary>
    public void Reuse(long estimate) => Estimated = estimate;

    /// <summary>The complexity analyser's last step: records the estimate and refuses it when over <paramref name="maximum"/>.</summary>
    public static Task Check(ComplexityValidationContext context, int maximum)
    {
        var cost = context.TotalImpact is >= long.MaxValue or double.NaN ? long.MaxValue : (long)Math.Ceiling(context.TotalImpact);
        if (context.ValidationContext.RequestServices?.GetService<RequestCost>() is { } request)
            request.Estimated = cost;
        // A depth error found by the analyser stands; otherwise the cost is judged.
        if (context.Error is null && cost > maximum)
            context.Error = new CostLimitError(cost, maximum);
        return Task.CompletedTask;
    }

    /// <summary><c>extensions.cost</c> of an answer, for clients that ask for it.</summary>
    public object Report(int maximum) => new Dictionary<string, object?>
    {
        ["estimated"] = Estimated, ["maximum"] = maximum, ["storeCalls"] = StoreCalls,
    };
}
