namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>An API serving the repository's graph from some store. The acceptance tests take one, so
/// that the same questions run against every store; a store that cannot be had here skips, with
/// its reason, from <see cref="CreateClient"/>.</summary>
public interface IApiUnderTest
{
    HttpClient CreateClient();
}
