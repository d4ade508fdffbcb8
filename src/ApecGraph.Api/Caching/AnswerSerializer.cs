using System.Buffers.Binary;
using System.Text;
using ZiggyCreatures.Caching.Fusion.Internals;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;
using ZiggyCreatures.Caching.Fusion.Serialization;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace ApecGraph.Api.Caching;

/// <summary>
/// How the Redis tier stores entries. An answer (the bulk of what it holds and reads) is stored as its bytes after a
/// small binary header: JSON would store the body as base64 and parse all of it on every read (measured: 11-20 µs
/// for a 5 KB answer, where this takes a copy). Its FusionCache metadata (the entry's size, which the in-process tier
/// needs when it takes the entry over, and flags) is binary too: as JSON it was parsed on every read. Anything else
/// (persisted queries, an entry with tags) is stored as FusionCache's System.Text.Json serializer writes it, after a
/// marker byte.
/// <para>Layout of an answer: <c>'B'</c>, timestamp (int64), logical expiration (int64), a byte of flags saying which
/// metadata follow (<see cref="Meta"/>), each of them present (eager expiration, last modified and size as int64,
/// priority as a byte, the metadata's ETag as length and UTF-8), the answer's ETag as length and UTF-8, then the body to
/// the end. An entry in any other layout (an older build's <c>'A'</c>) is refused, which the cache counts as a miss.</para>
/// </summary>
public sealed class AnswerSerializer : IFusionCacheSerializer
{
    private const byte AnswerMarker = (byte)'B', JsonMarker = (byte)'J';
    private readonly FusionCacheSystemTextJsonSerializer _json = new();

    [Flags]
    private enum Meta : byte
    {
        None = 0, Present = 1, Stale = 2, EagerExpiration = 4, LastModified = 8, Size = 16, Priority = 32, ETag = 64,
    }

    public byte[] Serialize<T>(T? obj)
    {
        if (obj is FusionCacheDistributedEntry<CompleteAnswer> { Value: { } answer, Tags: null or { Length: 0 } } entry)
        {
            var metadata = entry.Metadata;
            var metaETag = metadata?.ETag is { } tag ? Encoding.UTF8.GetBytes(tag) : null;
            var flags = Flags(metadata, metaETag);
            var etag = Encoding.UTF8.GetBytes(answer.ETag);
            var length = 1 + 8 + 8 + 1
                + (flags.HasFlag(Meta.EagerExpiration) ? 8 : 0) + (flags.HasFlag(Meta.LastModified) ? 8 : 0)
                + (flags.HasFlag(Meta.Size) ? 8 : 0) + (flags.HasFlag(Meta.Priority) ? 1 : 0)
                + (metaETag is null ? 0 : 4 + metaETag.Length) + 4 + etag.Length + answer.Body.Length;
            var bytes = new byte[length];
            var span = bytes.AsSpan();
            span[0] = AnswerMarker;
            BinaryPrimitives.WriteInt64LittleEndian(span[1..], entry.Timestamp);
            BinaryPrimitives.WriteInt64LittleEndian(span[9..], entry.LogicalExpirationTimestamp);
            span[17] = (byte)flags;
            var at = 18;
            if (metadata?.EagerExpirationTimestamp is { } eager) at = Write(span, at, eager);
            if (metadata?.LastModifiedTimestamp is { } modified) at = Write(span, at, modified);
            if (metadata?.Size is { } size) at = Write(span, at, size);
            if (metadata?.Priority is { } priority) span[at++] = priority;
            if (metaETag is not null) at = Write(span, at, metaETag);
            at = Write(span, at, etag);
            answer.Body.Span.CopyTo(span[at..]);
            return bytes;
        }
        return [JsonMarker, .. _json.Serialize(obj)];
    }

    public T? Deserialize<T>(byte[] data)
    {
        if (data.Length == 0) return default;
        if (data[0] == JsonMarker) return _json.Deserialize<T>(data[1..]);
        if (data[0] != AnswerMarker || typeof(T) != typeof(FusionCacheDistributedEntry<CompleteAnswer>) || data.Length < 18)
            throw new InvalidDataException($"Not an entry this serializer wrote as {typeof(T).Name}.");
        var span = data.AsSpan();
        var timestamp = BinaryPrimitives.ReadInt64LittleEndian(span[1..]);
        var expiration = BinaryPrimitives.ReadInt64LittleEndian(span[9..]);
        var flags = (Meta)span[17];
        var at = 18;
        long? eager = flags.HasFlag(Meta.EagerExpiration) ? Read(span, ref at) : null;
        long? modified = flags.HasFlag(Meta.LastModified) ? Read(span, ref at) : null;
        long? size = flags.HasFlag(Meta.Size) ? Read(span, ref at) : null;
        byte? priority = flags.HasFlag(Meta.Priority) ? Part(span, ref at, 1)[0] : null;
        var metaETag = flags.HasFlag(Meta.ETag) ? Encoding.UTF8.GetString(Counted(span, ref at)) : null;
        var etag = Encoding.UTF8.GetString(Counted(span, ref at));
        var metadata = flags.HasFlag(Meta.Present)
            ? new FusionCacheEntryMetadata(flags.HasFlag(Meta.Stale), eager, metaETag, modified, size, priority)
            : null;
        var entry = new FusionCacheDistributedEntry<CompleteAnswer>(
            new CompleteAnswer(data.AsMemory(at), etag), timestamp, expiration, null, metadata);
        return (T)(object)entry;
    }

    public ValueTask<byte[]> SerializeAsync<T>(T? obj, CancellationToken token = default) => ValueTask.FromResult(Serialize(obj));

    public ValueTask<T?> DeserializeAsync<T>(byte[] data, CancellationToken token = default) => ValueTask.FromResult(Deserialize<T>(data));

    private static Meta Flags(FusionCacheEntryMetadata? metadata, byte[]? metaETag) =>
        metadata is null ? Meta.None
        : Meta.Present
          | (metadata.IsStale ? Meta.Stale : 0)
          | (metadata.EagerExpirationTimestamp is null ? 0 : Meta.EagerExpiration)
          | (metadata.LastModifiedTimestamp is null ? 0 : Meta.LastModified)
          | (metadata.Size is null ? 0 : Meta.Size)
          | (metadata.Priority is null ? 0 : Meta.Priority)
          | (metaETag is null ? 0 : Meta.ETag);

    private static int Write(Span<byte> span, int at, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(span[at..], value);
        return at + 8;
    }

    private static int Write(Span<byte> span, int at, byte[] part)
    {
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], part.Length);
        part.CopyTo(span[(at + 4)..]);
        return at + 4 + part.Length;
    }

    private static long Read(ReadOnlySpan<byte> span, ref int at) => BinaryPrimitives.ReadInt64LittleEndian(Part(span, ref at, 8));

    // A length-prefixed part.
    private static ReadOnlySpan<byte> Counted(ReadOnlySpan<byte> span, ref int at)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(Part(span, ref at, 4));
        return Part(span, ref at, length);
    }

    private static ReadOnlySpan<byte> Part(ReadOnlySpan<byte> span, ref int at, int length)
    {
        if (length < 0 || length > span.Length - at) throw new InvalidDataException("A cache entry is cut short.");
        var part = span.Slice(at, length);
        at += length;
        return part;
    }
}
