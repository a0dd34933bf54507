using System.Buffers;

namespace AdobeTarget.Internal;

/// <summary>
/// An artifact's bytes read from a stream into a pooled buffer that grows as needed, refusing a body over the cap as
/// soon as it is passed (a declared length is never trusted). Dispose it to return the buffer to the pool.
/// </summary>
internal sealed class ArtifactBuffer : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private byte[] _buffer;
    private int _length;

    private ArtifactBuffer(byte[] buffer) => _buffer = buffer;

    /// <summary>Gets the bytes read.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>Gets the number of bytes read.</summary>
    public int Length => _length;

    /// <summary>Reads all of <paramref name="stream"/>.</summary>
    /// <param name="stream">The (already decompressed) body.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="sizeHint">A declared length, used only to size the first buffer (never beyond the cap).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArtifactTooLargeException">The body is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<ArtifactBuffer> ReadAsync(Stream stream, int maxBytes, long? sizeHint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var first = (int)Math.Clamp(sizeHint is > 0 ? sizeHint.Value + 1 : InitialSize, 1, Math.Min((long)maxBytes + 1, InitialSize * 16L));
        var result = new ArtifactBuffer(ArrayPool<byte>.Shared.Rent(first));
        try
        {
            while (true)
            {
                if (result._length == result._buffer.Length)
                {
                    result.Grow(maxBytes);
                }

                var read = await stream.ReadAsync(result._buffer.AsMemory(result._length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return result;
                }

                result._length += read;
                if (result._length > maxBytes)
                {
                    throw new ArtifactTooLargeException(maxBytes);
                }
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int maxBytes)
    {
        // One byte past the cap is enough to see that the cap was passed.
        var size = (int)Math.Min((long)_buffer.Length * 2, (long)maxBytes + 1);
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(size, _buffer.Length + 1));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
