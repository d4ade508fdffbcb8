using System.Security.Cryptography;

namespace ApecGraph.Core.Snapshot;

/// <summary>A forward-only window on the first <c>length</c> bytes of a stream (all of it when writing) that hashes
/// every byte read or written (SHA-256), so a snapshot's body is checked against its trailer in one sequential pass.</summary>
internal sealed class HashedStream(Stream inner, long length) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long position;

    /// <summary>The hash of every byte so far; call once, at the end (the buffering stream above disposes this one first).</summary>
    public byte[] Hash()
    {
        using (hash) return hash.GetHashAndReset();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - position);
        if (wanted <= 0) return 0;
        var read = inner.Read(buffer[..wanted]);
        hash.AppendData(buffer[..read]);
        position += read;
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        hash.AppendData(buffer);
        position += buffer.Length;
    }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => length;
    public override long Position { get => position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
