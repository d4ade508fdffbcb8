using ApecGraph.Api.Caching;
using ZiggyCreatures.Caching.Fusion.Internals;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;

namespace ApecGraph.Api.Tests.Caching;

/// <summary>The Redis tier's format: an answer as its bytes after a small header, everything else as JSON.</summary>
public sealed class AnswerSerializerTests
{
    private static readonly CompleteAnswer Answer = CompleteAnswer.Of("{\"data\":{\"economies\":{\"totalCount\":9}}}"u8);

    [Fact]
    public void An_answer_entry_reads_back_as_written_and_its_body_is_stored_as_is()
    {
        var serializer = new AnswerSerializer();
        var metadata = new FusionCacheEntryMetadata(true, 638_000_000_000_000_500, "\"e\"", 638_000_000_000_000_002, 4242, 3);
        var entry = new FusionCacheDistributedEntry<CompleteAnswer>(Answer, 638_000_000_000_000_001, 638_000_000_000_000_999, null, metadata);

        var bytes = serializer.Serialize(entry);
        var read = serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>(bytes)!;

        Assert.Equal((byte)'B', bytes[0]);
        Assert.Equal(Answer.Body, bytes[^Answer.Body.Length..]); // not base64 in JSON
        Assert.Equal(Answer.Body, read.Value.Body);
        Assert.Equal(Answer.ETag, read.Value.ETag);
        Assert.Equal((entry.Timestamp, entry.LogicalExpirationTimestamp), (read.Timestamp, read.LogicalExpirationTimestamp));
        // The metadata (the in-process tier needs the size when it takes an entry over from Redis), field by field.
        Assert.Equal((true, 638_000_000_000_000_500L, "\"e\"", 638_000_000_000_000_002L, 4242L, (byte)3),
            (read.Metadata!.IsStale, read.Metadata.EagerExpirationTimestamp, read.Metadata.ETag, read.Metadata.LastModifiedTimestamp,
             read.Metadata.Size, read.Metadata.Priority));
        // Binary, not parsed as JSON on every read.
        Assert.Equal(-1, bytes.AsSpan().IndexOf("\"Size\""u8));
    }

    [Fact]
    public void Only_the_metadata_present_is_written()
    {
        var serializer = new AnswerSerializer();
        var entry = new FusionCacheDistributedEntry<CompleteAnswer>(Answer, 5, 6, null, new FusionCacheEntryMetadata(false, null, null, null, 77, null));

        var read = serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>(serializer.Serialize(entry))!;

        Assert.Equal((false, (long?)null, (string?)null, (long?)null, (long?)77, (byte?)null),
            (read.Metadata!.IsStale, read.Metadata.EagerExpirationTimestamp, read.Metadata.ETag, read.Metadata.LastModifiedTimestamp,
             read.Metadata.Size, read.Metadata.Priority));
        Assert.Equal(Answer.Body, read.Value.Body);
    }

    [Fact]
    public void An_entry_without_metadata_and_a_persisted_query_read_back_too()
    {
        var serializer = new AnswerSerializer();
        var bare = new FusionCacheDistributedEntry<CompleteAnswer>(Answer, 1, 2, null, null);
        var query = new FusionCacheDistributedEntry<string>("{ economies { totalCount } }", 3, 4, null, null);

        var readBare = serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>(serializer.Serialize(bare))!;
        var queryBytes = serializer.Serialize(query);
        var readQuery = serializer.Deserialize<FusionCacheDistributedEntry<string>>(queryBytes)!;

        Assert.Null(readBare.Metadata);
        Assert.Equal(Answer.Body, readBare.Value.Body);
        Assert.Equal((byte)'J', queryBytes[0]);
        Assert.Equal(query.Value, readQuery.Value);
    }

    [Fact]
    public void Bytes_it_did_not_write_are_refused_not_misread()
    {
        var serializer = new AnswerSerializer();
        var cut = serializer.Serialize(new FusionCacheDistributedEntry<CompleteAnswer>(Answer, 1, 2, null, null))[..20];

        Assert.ThrowsAny<Exception>(() => serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>("{\"v\":1}"u8.ToArray()));
        Assert.ThrowsAny<Exception>(() => serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>(cut));
    }
}
