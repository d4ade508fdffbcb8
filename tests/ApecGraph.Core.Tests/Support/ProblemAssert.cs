using ApecGraph.Core.Loading;

namespace ApecGraph.Core.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>Exactly one problem, in that file, about that subject, whose message contains the fragment.</summary>
    public static GraphProblem Single(LoadResult result, string file, string subject, string messageFragment)
    {
        Assert.Null(result.Graph);
        var problem = Assert.Single(result.Problems);
        AssertProblem(problem, file, subject, messageFragment);
        return problem;
    }

    /// <summary>Some problem in that file, about that subject, whose message contains the fragment.</summary>
    public static GraphProblem Has(LoadResult result, string file, string subject, string messageFragment)
    {
        Assert.Null(result.Graph);
        var problem = result.Problems.FirstOrDefault(p => p.File == file && p.Subject == subject && p.Message.Contains(messageFragment, StringComparison.Ordinal));
        Assert.True(problem is not null,
            $"expected a problem {file}: {subject}: …{messageFragment}…, got:\n{string.Join("\n", result.Problems)}");
        return problem!;
    }

    private static void AssertProblem(GraphProblem problem, string file, string subject, string messageFragment)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(subject, problem.Subject);
        Assert.Contains(messageFragment, problem.Message, StringComparison.Ordinal);
    }
}
