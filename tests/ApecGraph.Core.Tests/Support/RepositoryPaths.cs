using ApecGraph.Core.Loading;

namespace ApecGraph.Core.Tests.Support;

/// <summary>The repository's own graph-seeds/ and seeds/, found from the test binaries upward.</summary>
internal static class RepositoryPaths
{
    public static GraphSources Sources =>
        GraphSources.Locate(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"no graph-seeds/ + seeds/ above {AppContext.BaseDirectory}");
}
