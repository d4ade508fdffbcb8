namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>One API on the repository's graph, shared by the read-only query tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<RepositoryApi>
{
    public const string Name = "API on the repository graph";
}

/// <summary>The API on the repository's graph-seeds/, as a fixture.</summary>
public sealed class RepositoryApi : ApiFactory, IApiUnderTest;
