using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Limits;

/// <summary>
/// The cost analysis as a validation rule the execution chooses per request (rather than one graphql-dotnet appends
/// to every validation): graphql-dotnet's complexity analyser with <see cref="CostModel"/>'s field impacts, its depth
/// bound and <see cref="RequestCost.Check"/>. A document whose cost cannot depend on its variables (it declares none)
/// is analysed once; later requests reuse the estimate (see <see cref="Http.PreparedDocument.KnownCost"/>).
/// </summary>
public sealed class CostAnalysis(IOptions<RequestLimitsOptions> options)
{
    public IValidationRule Rule { get; } = new ComplexityValidationRule(new ComplexityOptions
    {
        MaxDepth = options.Value.MaxDepth,
        DefaultComplexityImpactDelegate = CostModel.Impact,
        ValidateComplexityDelegate = context => RequestCost.Check(context, options.Value.MaxCost),
    });

    /// <summary>Every rule for a document seen for the first time: the specification's, then the cost.</summary>
    public IValidationRule[] AllRules => [.. DocumentValidator.CoreRules, Rule];
}
