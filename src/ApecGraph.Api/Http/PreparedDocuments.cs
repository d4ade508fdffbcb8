using ApecGraph.Api.Caching;
using ApecGraph.Api.Limits;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Http;

/// <summary>
/// Turns a request's query text into a document for the executer within <see cref="RequestLimitsOptions"/>: the
/// lexer's limits, the parse, the field count and the operation's type. A document that passes them is kept in a
/// cache bounded by <see cref="DocumentCacheOptions"/>, keyed by its exact text and operation name, so that the same
/// query again is neither lexed nor parsed nor counted; once the executer has validated it (see
/// <see cref="PreparedDocument.Validated"/>), later requests skip validation's rules that depend on the document alone.
/// Refused and unparsable documents are never kept.
/// </summary>
public sealed class PreparedDocuments : IDisposable
{
    /// <summary>Counted per entry on top of the query's length, so that the size limit bounds the number of entries too.</summary>
    public const int EntryOverhead = 512;

    private readonly RequestLimitsOptions _limits;
    private readonly DocumentCacheOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly MemoryCache? _cache;
    private long _parses;

    public PreparedDocuments(IOptions<RequestLimitsOptions> limits, IOptions<DocumentCacheOptions> options)
    {
        (_limits, _options) = (limits.Value, options.Value);
        _parserOptions = new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxNesting * 4 };
        if (_options.SizeLimit > 0)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimit, TrackStatistics = true });
    }

    /// <summary>Documents parsed so far (cache misses that reached the parser).</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>Documents in the cache.</summary>
    public int Count => _cache?.Count ?? 0;

    /// <summary>The cache's size in its own unit: each entry's query length plus <see cref="EntryOverhead"/>.</summary>
    public long Size => _cache?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The document of <paramref name="query"/>, from the cache when the same text and operation were prepared before.</summary>
    public PreparedDocument Prepare(string query, string? operationName)
    {
        // As the executer chooses: an empty operationName is no name.
        var key = new Key(query, operationName ?? "");
        if (_cache?.TryGetValue(key, out PreparedDocument? known) == true) return known!;
        var prepared = Parse(query, key.OperationName);
        if (_cache is not null && prepared is { Document: not null, Refusal: null } && query.Length <= _options.MaxQueryLength)
            _cache.Set(key, prepared, new MemoryCacheEntryOptions { Size = EntryOverhead + query.Length });
        return prepared;
    }

    private PreparedDocument Parse(string query, string operationName)
    {
        if (DocumentLimits.Check(query, _limits) is { } limit) return new(null, limit, null);
        GraphQLDocument document;
        try
        {
            Interlocked.Increment(ref _parses);
            document = Parser.Parse(query, _parserOptions);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new(null, new LimitError("nesting", _limits.MaxNesting), null);
        }
        catch (GraphQLParserException)
        {
            return new(null, null, null); // the executer reports the syntax error, with its location
        }
        if (DocumentLimits.Check(document, _limits) is { } parsedLimit) return new(null, parsedLimit, null);
        return new(document, null, OperationOf(document, operationName), operationName);
    }

    private static OperationType? OperationOf(GraphQLDocument document, string operationName) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName.Length == 0 || o.Name?.StringValue == operationName)?.Operation;

    public void Dispose() => _cache?.Dispose();

    private readonly record struct Key(string Query, string OperationName);
}

/// <summary>
/// One query text made ready: its parsed <see cref="Document"/> (null when it does not parse: the executer reports the
/// syntax error), or the limit it is over; the type of the operation it selects.
/// </summary>
public sealed class PreparedDocument(GraphQLDocument? document, LimitError? refusal, OperationType? operation, string operationName = "")
{
    private volatile bool _validated;
    private string? _answerKey;
    private long _knownCost = -1;

    public GraphQLDocument? Document { get; } = document;

    public LimitError? Refusal { get; } = refusal;

    public OperationType? Operation { get; } = operation;

    /// <summary>True once the executer has validated the document with every rule; the rules that depend only on the
    /// document and the schema need not run on it again. The cost analysis depends on the variables and always runs.</summary>
    public bool Validated => _validated;

    /// <summary>Records that a request's validation of this document passed.</summary>
    public void MarkValidated() => _validated = true;

    /// <summary>The estimated cost of a document that declares no variables (so every request of it costs the same),
    /// once a request of it has run; null before, and always for a document with variables.</summary>
    public long? KnownCost => Interlocked.Read(ref _knownCost) is >= 0 and var cost ? cost : null;

    /// <summary>Records the estimate of a run of this document, when it cannot depend on variables.</summary>
    public void RecordCost(long estimate)
    {
        if (Document?.Definitions.OfType<GraphQLOperationDefinition>().All(o => o.Variables is null or { Count: 0 }) == true)
            Interlocked.Exchange(ref _knownCost, estimate);
    }

    /// <summary>The document's part of a response cache key (<see cref="ResponseCacheKey.DocumentHash"/>), made once per
    /// document; null when it did not parse.</summary>
    public string? AnswerKey => Document is null ? null : _answerKey ??= ResponseCacheKey.DocumentHash(Document, operationName);
}

/// <summary>The cache of parsed documents (section <c>DocumentCache</c>, e.g. env <c>DocumentCache__SizeLimit</c>).</summary>
public sealed class DocumentCacheOptions
{
    public const string Section = "DocumentCache";

    /// <summary>The cache's bound: the total length of the cached queries plus <see cref="PreparedDocuments.EntryOverhead"/>
    /// per entry (so at most SizeLimit / 512 entries). 0 turns the cache off.</summary>
    public long SizeLimit { get; set; } = 1_000_000;

    /// <summary>Longer queries are parsed on every request and never cached.</summary>
    public int MaxQueryLength { get; set; } = 16_384;
}
