namespace ApecGraph.Api.Http;

/// <summary>HTTP caching of GET answers (section <c>HttpCaching</c>, e.g. env <c>HttpCaching__CacheControl</c>).</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "HttpCaching";

    /// <summary>The <c>Cache-Control</c> of a complete GET answer. The default lets any cache keep it but makes it
    /// revalidate each time, which the <c>ETag</c> makes cheap (304, no body); e.g. <c>public, max-age=60</c> to let
    /// dashboards reuse an answer for a minute without asking.</summary>
    public string CacheControl { get; set; } = "public, no-cache";
}
