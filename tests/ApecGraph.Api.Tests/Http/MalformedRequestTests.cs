using System.Net.Sockets;
using System.Text;
using ApecGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Http;

/// <summary>Requests the hostile corpus found answered 500: now coded 4xx errors.</summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("""{"\udc00\ud800":1,"query":"{ __typename }"}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"\udc00":1}}""")]
    public async Task Json_with_escapes_of_lone_surrogates_is_invalid_json(string body)
    {
        using var api = new ApiFactory();
        using var answer = await api.CreateClient().PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var response = await GraphQLResponse.ReadAsync(answer);

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task Over_kestrel_a_long_get_query_and_a_long_accept_header_get_coded_answers()
    {
        using var kestrel = new ApiFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        var cancel = TestContext.Current.CancellationToken;

        // 20 KB: past Kestrel's default request line (8 KB), within the API's own bound
        var wide = "{ " + string.Concat(Enumerable.Repeat("__typename ", 1800)) + "}";
        using var fits = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(wide), cancel);
        // 300 KB: past the API's bound, within Kestrel's raised one
        using var tooLong = await client.GetAsync("/graphql?query=" + new string('x', 300 * 1024), cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", string.Join(", ", Enumerable.Repeat("application/xml", 4000)));
        using var accept = await client.SendAsync(request, cancel);

        Assert.Equal(200, (int)fits.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], (await GraphQLResponse.ReadAsync(tooLong)).ErrorCodes);
        Assert.Equal(414, (int)tooLong.StatusCode);
        Assert.Equal(406, (int)accept.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], (await GraphQLResponse.ReadAsync(accept)).ErrorCodes);
    }

    [Fact]
    public async Task A_chunked_body_with_broken_framing_is_a_coded_400_over_kestrel()
    {
        using var kestrel = new ApiFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        var stream = socket.GetStream();
        var request = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                      + "FFFFFFFFFFFF\r\n{\"query\":\"{ __typename }\"}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);

        using var reader = new StreamReader(stream);
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.StartsWith("HTTP/1.1 4", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"INVALID_REQUEST\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
    }
}
