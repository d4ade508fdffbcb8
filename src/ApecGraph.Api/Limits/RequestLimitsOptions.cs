namespace ApecGraph.Api.Limits;

/// <summary>Bounds on the work one GraphQL request may cause (section <c>RequestLimits</c>, e.g. env
/// <c>RequestLimits__MaxCost</c>). Each is checked before the work it bounds.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest estimated cost a request may have (see <see cref="CostModel"/>); over it: <c>COST_LIMIT</c>.
    /// The heaviest page a client of ours sends (the perf peer's dump: 100 entities, each with up to 500 relations and
    /// their evidence) costs about 1.15 million; the bombs it stops cost tens of millions to billions.</summary>
    public int MaxCost { get; set; } = 1_200_000;

    /// <summary>Tokens in a document (names, punctuation, values), counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Aliased fields in a document (more than dashboards use; each alias repeats a whole selection).</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Directives (<c>@include</c>, <c>@skip</c>, ...) in a document.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Fields an operation selects, every fragment counted as often as it is spread.</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Nesting of introspection's type lists (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>).</summary>
    public int MaxIntrospectionDepth { get; set; } = 3;

    /// <summary>The longest chain of fragments spreading each other (an operation spreading F1, F1 spreading F2, ...).</summary>
    public int MaxFragmentDepth { get; set; } = 32;

    /// <summary>Nesting of braces, brackets and parentheses in a document.</summary>
    public int MaxNesting { get; set; } = 64;

    /// <summary>Field nesting of an operation, fragments included.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Errors in one response; the rest are summarised in one more error.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Time allowed to execute one request, store calls included; past it: <c>TIMEOUT</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, value) in new[] { (nameof(MaxCost), MaxCost), (nameof(MaxTokens), MaxTokens), (nameof(MaxAliases), MaxAliases),
                     (nameof(MaxDirectives), MaxDirectives), (nameof(MaxFields), MaxFields), (nameof(MaxIntrospectionDepth), MaxIntrospectionDepth), (nameof(MaxFragmentDepth), MaxFragmentDepth), (nameof(MaxNesting), MaxNesting), (nameof(MaxDepth), MaxDepth), (nameof(MaxErrors), MaxErrors) })
            if (value < 1) problems.Add($"{Section}:{name} must be at least 1, got {value}");
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
            problems.Add($"{Section}:{nameof(Timeout)} must be between 0 and 10 minutes, got {Timeout}");
        return problems;
    }
}
