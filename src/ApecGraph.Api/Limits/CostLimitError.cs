using GraphQL.Validation;

namespace ApecGraph.Api.Limits;

/// <summary>The request's estimated cost is over the maximum: refused before any store call.</summary>
public sealed class CostLimitError : ValidationError
{
    public const string CostLimit = "COST_LIMIT";

    public CostLimitError(long cost, int maximum)
        : base($"The query's estimated cost is {cost}, over this API's maximum of {maximum}: ask for fewer items (first:), fewer nested lists or fewer aliases.")
    {
        Code = CostLimit;
        Extensions = new() { ["cost"] = cost, ["maxCost"] = maximum };
    }
}
