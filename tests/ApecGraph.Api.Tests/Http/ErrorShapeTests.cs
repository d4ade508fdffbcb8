using System.Text;
using System.Text.Json;
using ApecGraph.Api.Startup;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Http;

/// <summary>Every error has the same <c>extensions</c> keys (<see cref="ErrorShape"/>), whichever part of the API raised
/// it: one request of each family, every error in each answer checked.</summary>
public sealed class ErrorShapeTests : IDisposable
{
    private readonly FailingStore store;
    private readonly ApiFactory api;

    public ErrorShapeTests()
    {
        FailingStore? wrapped = null;
        api = new ApiFactory(wrapStore: inner => wrapped = new FailingStore(inner, new InvalidOperationException("secret detail")));
        api.StartServer();
        store = wrapped!;
        store.Failing = true;
    }

    public void Dispose() => api.Dispose();

    public static TheoryData<string, string, string, string> Families => new()
    {
        { "syntax", "application/json", """{"query":"{ economies {"}""", "SYNTAX_ERROR" },
        { "validation", "application/json", """{"query":"{ nope }"}""", "FIELDS_ON_CORRECT_TYPE" },
        { "resolver ApiError", "application/json", """{"query":"{ search(text: \"  \") { score } }"}""", "INVALID_ARGUMENT" },
        { "unhandled (failing store)", "application/json", """{"query":"{ search(text: \"VESOM\") { score } }"}""", "INTERNAL_SERVER_ERROR" },
        { "HTTP-level refusal", "application/json", "{not json", "INVALID_JSON" },
        { "HTTP-level media type", "text/plain", """{"query":"{ __typename }"}""", "UNSUPPORTED_MEDIA_TYPE" },
        { "document limit", "application/json", Json("{ " + string.Concat(Enumerable.Repeat("__typename @include(if: true) ", 100)) + "}"), "DOCUMENT_LIMIT" },
        { "cost limit", "application/json", Json("{ documents { edges { node { relations { to { relations { to { relations { to { id } } } } } } } } } }"), "COST_LIMIT" },
        { "error cap", "application/json", Json("{ " + string.Concat(Enumerable.Range(0, 120).Select(i => $"nope{i} ")) + "}"), "TOO_MANY_ERRORS" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Every_error_family_has_the_same_extension_keys(string family, string contentType, string body, string code)
    {
        using var client = api.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var requestId = response.Headers.GetValues(RequestIdExtensions.HeaderName).Single();

        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        foreach (var error in errors)
        {
            var extensions = error.GetProperty("extensions");
            var errorCode = extensions.GetProperty(ErrorShape.Code).GetString()!;
            var details = ErrorShape.DetailKeys.GetValueOrDefault(errorCode) ?? [];
            Assert.True(ErrorShape.Keys.Concat(details).Order().SequenceEqual(extensions.EnumerateObject().Select(p => p.Name).Order()),
                $"{family}: {errorCode} has extensions {extensions}; expected exactly {string.Join(", ", ErrorShape.Keys.Concat(details))}");
            Assert.Equal(requestId, extensions.GetProperty(ErrorShape.RequestId).GetString());
        }
    }

    private static string Json(string query) => JsonSerializer.Serialize(new { query });
}
