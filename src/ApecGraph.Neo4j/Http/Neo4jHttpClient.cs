using System.Net.Http.Headers;
using System.Text;
using ApecGraph.Core.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ApecGraph.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's transactional HTTP endpoint. Autocommit requests (<see cref="RunAsync(IReadOnlyList{CypherStatement}, CancellationToken)"/>)
/// are retried with exponential backoff on transient failures and end in <see cref="GraphStoreUnavailableException"/>
/// when the retries run out; refusals (<see cref="Neo4jQueryException"/>) are never retried, and neither is a statement that ran
/// past <see cref="Neo4jOptions.RequestTimeout"/> or past the caller's cancellation (it would only run as long again).
/// An answer is read up to <see cref="Neo4jOptions.MaxResponseBytes"/>, never whole into memory first. Explicit transactions
/// (<see cref="BeginAsync"/>) are not retried: a lost answer leaves a statement's outcome unknown.
/// </summary>
public sealed class Neo4jHttpClient
{
    /// <summary>Name of the <see cref="IHttpClientFactory"/> client this class asks for.</summary>
    public const string HttpClientName = "ApecGraph.Neo4j";

    private readonly IHttpClientFactory clients;
    private readonly ResiliencePipeline retry;
    private readonly Uri baseUri;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly ILogger logger;

    public Neo4jHttpClient(IHttpClientFactory clients, IOptions<Neo4jOptions> options, ILogger<Neo4jHttpClient>? logger = null)
    {
        this.clients = clients;
        this.logger = logger ?? NullLogger<Neo4jHttpClient>.Instance;
        Options = options.Value;
        if (Options.Problems() is { Count: > 0 } problems)
            throw new OptionsValidationException(Neo4jOptions.Section, typeof(Neo4jOptions), problems);
        baseUri = new Uri(Options.Uri!.ToString().TrimEnd('/') + "/");
        if (!string.IsNullOrEmpty(Options.User))
            authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.User}:{Options.Password}")));
        retry = BuildRetry(Options, this.logger);
    }

    public Neo4jOptions Options { get; }

    /// <summary>Where the server is, for messages: URI and database.</summary>
    public string Describe() => $"Neo4j at {Options.Uri} (database '{Options.Database}')";

    /// <summary>A client on its own handler (the CLI, tests); the app uses the DI registration instead.</summary>
    public static Neo4jHttpClient Create(Neo4jOptions options, HttpMessageHandler? handler = null) =>
        new(new SingleHandlerFactory(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }),
            Microsoft.Extensions.Options.Options.Create(options));

    /// <summary>Runs the statements in one autocommit transaction (one request) in WRITE access mode, retrying transient failures.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        RunAsync(statements, AccessMode.Write, cancellationToken);

    /// <summary>Runs one statement that only reads in one autocommit transaction in READ access mode, so that a cluster
    /// may serve it from a secondary (<see cref="AccessMode.Read"/>).</summary>
    public async Task<CypherResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], AccessMode.Read, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs the statements in one autocommit transaction (one request) in <paramref name="mode"/>, retrying transient failures.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, AccessMode mode, CancellationToken cancellationToken = default)
    {
        var body = CypherRequest.Body(statements);
        var path = DatabasePath("tx/commit");
        try
        {
            return await retry.ExecuteAsync(
                async token => await SendAsync(HttpMethod.Post, path, body, mode, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jTransientException e)
        {
            throw Unavailable(e, Options.MaxRetries);
        }
        catch (TimeoutRejectedException e)
        {
            throw Unavailable(e, retries: 0);
        }
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Opens an explicit transaction (<c>POST /db/{db}/tx</c>): nothing it runs is visible until
    /// <see cref="Neo4jTransaction.CommitAsync"/>, and any failure rolls all of it back.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var (_, location) = await SendOnceAsync(HttpMethod.Post, DatabasePath("tx"), CypherRequest.Body([]), cancellationToken).ConfigureAwait(false);
        var id = location?.Segments.LastOrDefault()?.Trim('/');
        if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiDigit))
            throw new Neo4jResponseException($"opening a transaction gave no usable Location header ('{location}')");
        return new Neo4jTransaction(this, DatabasePath($"tx/{id}"));
    }

    /// <summary>One attempt without retries (explicit transactions), bounded by <see cref="Neo4jOptions.RequestTimeout"/>.</summary>
    internal async Task<(IReadOnlyList<CypherResult> Results, Uri? Location)> SendOnceAsync(
        HttpMethod method, Uri path, byte[]? body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        try
        {
            return await SendCoreAsync(method, path, body, AccessMode.Write, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(new TimeoutRejectedException($"no answer within {Options.RequestTimeout}", e), retries: 0);
        }
        catch (Neo4jTransientException e)
        {
            throw Unavailable(e, retries: 0);
        }
    }

    internal Uri DatabasePath(string rest) => new(baseUri, $"db/{Uri.EscapeDataString(Options.Database)}/{rest}");

    private async ValueTask<IReadOnlyList<CypherResult>> SendAsync(HttpMethod method, Uri path, byte[] body, AccessMode mode, CancellationToken cancellationToken) =>
        (await SendCoreAsync(method, path, body, mode, cancellationToken).ConfigureAwait(false)).Results;

    /// <summary>The header by which the transactional endpoint takes a transaction's access mode (WRITE when absent).</summary>
    public const string AccessModeHeader = "access-mode";

    private async Task<(IReadOnlyList<CypherResult> Results, Uri? Location)> SendCoreAsync(
        HttpMethod method, Uri path, byte[]? body, AccessMode mode, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = authorization;
        request.Headers.Add(AccessModeHeader, mode == AccessMode.Read ? "READ" : "WRITE");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        var http = clients.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jTransientException($"no connection: {e.Message}", e);
        }
        using (response)
        {
            var text = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return (Neo4jResponse.Decode(response.StatusCode, text), response.Headers.Location);
        }
    }

    private async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var max = Options.MaxResponseBytes;
        if (content.Headers.ContentLength > max) throw TooLarge();
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);

        Neo4jResponseException TooLarge() => new($"the answer is over {max} bytes ({Neo4jOptions.Section}:{nameof(Neo4jOptions.MaxResponseBytes)})");
    }

    private GraphStoreUnavailableException Unavailable(Exception cause, int retries) =>
        new($"{Describe()} is unavailable ({(retries > 0 ? $"{retries + 1} attempts" : "no retry")}): {cause.Message}", cause);

    private static ResiliencePipeline BuildRetry(Neo4jOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = args =>
                {
                    logger.LogWarning("Neo4j request failed ({Reason}); retry {Attempt} of {MaxRetries} in {Delay} ms",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, options.MaxRetries, (int)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }
        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    /// <summary>An <see cref="IHttpClientFactory"/> over one handler, for use outside dependency injection.</summary>
    private sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
